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
	return /** @type {LocalizedString} */ (`alla platser`)
};

export const account_contact_save = /** @type {(inputs: Account_Contact_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spara kontaktuppgifter`)
};

export const account_contact_taken = /** @type {(inputs: Account_Contact_TakenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ett annat konto har den här e-postadressen.`)
};

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
	return /** @type {LocalizedString} */ (`Sparat: instrumentpanelen använder nu ${i?.language}.`)
};

export const account_language_unknown = /** @type {(inputs: Account_Language_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj ett av språken i listan.`)
};

export const account_login_busy = /** @type {(inputs: Account_Login_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`För många inloggningar på en gång. Försök igen om en stund.`)
};

export const account_login_expired = /** @type {(inputs: Account_Login_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din session har avslutats. Logga in igen för att fortsätta.`)
};

export const account_login_locked = /** @type {(inputs: Account_Login_LockedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`För många försök. Försök igen om ${i?.count} minut.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`För många försök. Försök igen om ${i?.count} minuter.`);
	return /** @type {LocalizedString} */ ("account_login_locked");
};

export const account_login_missing = /** @type {(inputs: Account_Login_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ange ditt användarnamn och lösenord.`)
};

export const account_login_no_account = /** @type {(inputs: Account_Login_No_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inget konto? Fråga en administratör för ert Bulb Check. Att rapportera ett problem med en QR-kod kräver inget konto.`)
};

export const account_login_password = /** @type {(inputs: Account_Login_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lösenord`)
};

export const account_login_paste_token = /** @type {(inputs: Account_Login_Paste_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Klistra in en token skapad på sidan Token.`)
};

export const account_login_screen = /** @type {(inputs: Account_Login_ScreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En väggskärm?`)
};

export const account_login_screen_submit = /** @type {(inputs: Account_Login_Screen_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visa väggtavlan`)
};

export const account_login_screen_token = /** @type {(inputs: Account_Login_Screen_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Läsartoken (en administratör skapar en under Token)`)
};

export const account_login_submit = /** @type {(inputs: Account_Login_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logga in`)
};

export const account_login_tab = /** @type {(inputs: Account_Login_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Logga in`)
};

export const account_login_title = /** @type {(inputs: Account_Login_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logga in`)
};

export const account_login_token_unknown = /** @type {(inputs: Account_Login_Token_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den token är okänd eller återkallad.`)
};

export const account_login_unavailable = /** @type {(inputs: Account_Login_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check-tjänsten svarar inte. Försök igen.`)
};

export const account_login_username = /** @type {(inputs: Account_Login_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Användarnamn`)
};

export const account_login_viewer_only = /** @type {(inputs: Account_Login_Viewer_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Använd en systemtoken med rollen läsare för en väggskärm.`)
};

export const account_login_wrong = /** @type {(inputs: Account_Login_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel användarnamn eller lösenord.`)
};

export const account_name = /** @type {(inputs: Account_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Namn`)
};

export const account_password = /** @type {(inputs: Account_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Byt lösenord`)
};

export const account_password_again = /** @type {(inputs: Account_Password_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nytt lösenord igen`)
};

export const account_password_changed = /** @type {(inputs: Account_Password_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lösenordet är bytt. Dina andra sessioner har loggats ut och dina personliga token återkallats.`)
};

export const account_password_current = /** @type {(inputs: Account_Password_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nuvarande lösenord`)
};

export const account_password_differ = /** @type {(inputs: Account_Password_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De två nya lösenorden skiljer sig åt.`)
};

export const account_password_enter_current = /** @type {(inputs: Account_Password_Enter_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ange ditt nuvarande lösenord.`)
};

export const account_password_explain = /** @type {(inputs: Account_Password_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Du förblir inloggad här; dina andra sessioner avslutas och dina personliga token återkallas.`)
};

export const account_password_min = /** @type {(inputs: Account_Password_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(minst 10 tecken)`)
};

export const account_password_new = /** @type {(inputs: Account_Password_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nytt lösenord`)
};

export const account_password_too_long = /** @type {(inputs: Account_Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det nya lösenordet kan ha högst 200 tecken.`)
};

export const account_password_too_short = /** @type {(inputs: Account_Password_Too_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det nya lösenordet måste ha minst 10 tecken.`)
};

export const account_password_wrong = /** @type {(inputs: Account_Password_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det nuvarande lösenordet är fel.`)
};

export const account_reach = /** @type {(inputs: Account_ReachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hur du nås`)
};

export const account_reach_explain = /** @type {(inputs: Account_Reach_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`När ett fel tilldelas dig får du veta det här i instrumentpanelen, och via e-post där servern kan skicka det.`)
};

export const account_role = /** @type {(inputs: Account_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Roll`)
};

export const account_saved = /** @type {(inputs: Account_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sparat.`)
};

export const account_sites = /** @type {(inputs: Account_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Platser`)
};

export const account_title = /** @type {(inputs: Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ditt konto`)
};

export const account_token_copy = /** @type {(inputs: Account_Token_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopiera den nu: den visas inte igen.`)
};

export const account_token_create = /** @type {(inputs: Account_Token_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skapa token`)
};

export const account_token_name = /** @type {(inputs: Account_Token_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tokenens namn`)
};

export const account_token_name_missing = /** @type {(inputs: Account_Token_Name_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Namnge token (upp till 80 tecken).`)
};

export const account_token_new = /** @type {(inputs: Account_Token_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ny token ”${i?.name}”`)
};

export const account_token_none = /** @type {(inputs: Account_Token_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga token än.`)
};

export const account_token_placeholder = /** @type {(inputs: Account_Token_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`t.ex. rapportskript`)
};

export const account_token_revoke = /** @type {(inputs: Account_Token_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkalla`)
};

export const account_token_revoked = /** @type {(inputs: Account_Token_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Token återkallad: den fungerar inte längre.`)
};

export const account_token_revoked_hidden = /** @type {(inputs: Account_Token_Revoked_HiddenInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} återkallad token visas inte.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} återkallade token visas inte.`);
	return /** @type {LocalizedString} */ ("account_token_revoked_hidden");
};

export const account_token_times = /** @type {(inputs: Account_Token_TimesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`skapad ${i?.created} · senast använd ${i?.used}`)
};

export const account_token_which = /** @type {(inputs: Account_Token_WhichInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vilken token? Ladda om sidan och försök igen.`)
};

export const account_tokens = /** @type {(inputs: Account_TokensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personliga API-token`)
};

export const account_tokens_explain = /** @type {(inputs: Account_Tokens_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`För skript och integrationer: en token agerar som du, med din roll och dina platser. Den visas en gång; förvara den som ett lösenord och återkalla den när den inte längre behövs.`)
};

export const account_username = /** @type {(inputs: Account_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Användarnamn`)
};

export const admin_access_all_is = /** @type {(inputs: Admin_Access_All_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} är ${i?.role} för alla platser, nu och framöver: ${i?.does}.`)
};

export const admin_access_all_will = /** @type {(inputs: Admin_Access_All_WillInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} blir ${i?.role} för alla platser, nu och framöver: ${i?.does}.`)
};

export const admin_access_at_is = /** @type {(inputs: Admin_Access_At_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} är ${i?.role} vid ${i?.sites}: ${i?.does}.`)
};

export const admin_access_at_will = /** @type {(inputs: Admin_Access_At_WillInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} blir ${i?.role} vid ${i?.sites}: ${i?.does}.`)
};

export const admin_access_none_is = /** @type {(inputs: Admin_Access_None_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} är ${i?.role} för ingen plats än: kryssa för minst en, eller välj alla platser.`)
};

export const admin_access_none_will = /** @type {(inputs: Admin_Access_None_WillInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} blir ${i?.role} för ingen plats än: kryssa för minst en, eller välj alla platser.`)
};

export const admin_access_title = /** @type {(inputs: Admin_Access_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtkomst`)
};

export const admin_accounts_count = /** @type {(inputs: Admin_Accounts_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} konto`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} konton`);
	return /** @type {LocalizedString} */ ("admin_accounts_count");
};

export const admin_action_asset_delete = /** @type {(inputs: Admin_Action_Asset_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utrustning borttagen`)
};

export const admin_action_asset_restore = /** @type {(inputs: Admin_Action_Asset_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utrustning återställd`)
};

export const admin_action_asset_retire = /** @type {(inputs: Admin_Action_Asset_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utrustning pensionerad`)
};

export const admin_action_asset_revoke_report_key = /** @type {(inputs: Admin_Action_Asset_Revoke_Report_KeyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR-koden för utrustning ersatt`)
};

export const admin_action_asset_update = /** @type {(inputs: Admin_Action_Asset_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utrustning ändrad`)
};

export const admin_action_assignment_rule_create = /** @type {(inputs: Admin_Action_Assignment_Rule_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldelningsregel tillagd`)
};

export const admin_action_assignment_rule_delete = /** @type {(inputs: Admin_Action_Assignment_Rule_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldelningsregel borttagen`)
};

export const admin_action_channel_create = /** @type {(inputs: Admin_Action_Channel_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal tillagd`)
};

export const admin_action_channel_delete = /** @type {(inputs: Admin_Action_Channel_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal borttagen`)
};

export const admin_action_channel_read_secret = /** @type {(inputs: Admin_Action_Channel_Read_SecretInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanalens signeringshemlighet läst`)
};

export const admin_action_channel_rotate_secret = /** @type {(inputs: Admin_Action_Channel_Rotate_SecretInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal fick en ny signeringshemlighet`)
};

export const admin_action_channel_test = /** @type {(inputs: Admin_Action_Channel_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Testmeddelande skickat till en kanal`)
};

export const admin_action_channel_update = /** @type {(inputs: Admin_Action_Channel_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal ändrad`)
};

export const admin_action_checkpoint_delete = /** @type {(inputs: Admin_Action_Checkpoint_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrollpunkt borttagen`)
};

export const admin_action_checkpoint_restore = /** @type {(inputs: Admin_Action_Checkpoint_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrollpunkt återställd`)
};

export const admin_action_checkpoint_retire = /** @type {(inputs: Admin_Action_Checkpoint_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrollpunkt pensionerad`)
};

export const admin_action_checkpoint_update = /** @type {(inputs: Admin_Action_Checkpoint_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrollpunkt ändrad`)
};

export const admin_action_defect_acknowledge = /** @type {(inputs: Admin_Action_Defect_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel kvitterat`)
};

export const admin_action_defect_assign = /** @type {(inputs: Admin_Action_Defect_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel tilldelat`)
};

export const admin_action_defect_comment = /** @type {(inputs: Admin_Action_Defect_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anteckning tillagd på ett fel`)
};

export const admin_action_defect_hold = /** @type {(inputs: Admin_Action_Defect_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel pausat`)
};

export const admin_action_defect_photo = /** @type {(inputs: Admin_Action_Defect_PhotoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Foto tillagt på ett fel`)
};

export const admin_action_defect_reopen = /** @type {(inputs: Admin_Action_Defect_ReopenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel öppnat igen`)
};

export const admin_action_defect_report = /** @type {(inputs: Admin_Action_Defect_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel anmält`)
};

export const admin_action_defect_resolve = /** @type {(inputs: Admin_Action_Defect_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel åtgärdat`)
};

export const admin_action_delivery_retry = /** @type {(inputs: Admin_Action_Delivery_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avisering skickad igen`)
};

export const admin_action_demo_remove = /** @type {(inputs: Admin_Action_Demo_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Borttagning av demon startad`)
};

export const admin_action_demo_removed = /** @type {(inputs: Admin_Action_Demo_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demon borttagen`)
};

export const admin_action_device_delete = /** @type {(inputs: Admin_Action_Device_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet borttagen`)
};

export const admin_action_device_restore = /** @type {(inputs: Admin_Action_Device_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkallad enhet återställd`)
};

export const admin_action_device_retire = /** @type {(inputs: Admin_Action_Device_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet pensionerad`)
};

export const admin_action_device_revoke = /** @type {(inputs: Admin_Action_Device_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet återkallad`)
};

export const admin_action_device_rotate_secret = /** @type {(inputs: Admin_Action_Device_Rotate_SecretInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet fick en ny hemlighet`)
};

export const admin_action_device_update = /** @type {(inputs: Admin_Action_Device_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet ändrad`)
};

export const admin_action_fleet_import = /** @type {(inputs: Admin_Action_Fleet_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flotta importerad från fil`)
};

export const admin_action_fleet_provision = /** @type {(inputs: Admin_Action_Fleet_ProvisionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flottdokument infört`)
};

export const admin_action_notify_default_attention = /** @type {(inputs: Admin_Action_Notify_Default_AttentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Standardaviseringar inställda`)
};

export const admin_action_report_subscribe = /** @type {(inputs: Admin_Action_Report_SubscribeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daglig rapport inställd`)
};

export const admin_action_report_unsubscribe = /** @type {(inputs: Admin_Action_Report_UnsubscribeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daglig rapport stoppad`)
};

export const admin_action_report_update = /** @type {(inputs: Admin_Action_Report_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daglig rapport ändrad`)
};

export const admin_action_rule_create = /** @type {(inputs: Admin_Action_Rule_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aviseringsregel tillagd`)
};

export const admin_action_rule_delete = /** @type {(inputs: Admin_Action_Rule_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aviseringsregel borttagen`)
};

export const admin_action_rule_update = /** @type {(inputs: Admin_Action_Rule_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aviseringsregel ändrad`)
};

export const admin_action_session_lockout = /** @type {(inputs: Admin_Action_Session_LockoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utelåst efter misslyckade inloggningar`)
};

export const admin_action_session_sign_in = /** @type {(inputs: Admin_Action_Session_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inloggad`)
};

export const admin_action_session_sign_out = /** @type {(inputs: Admin_Action_Session_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utloggad`)
};

export const admin_action_site_delete = /** @type {(inputs: Admin_Action_Site_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats borttagen`)
};

export const admin_action_site_restore = /** @type {(inputs: Admin_Action_Site_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats återställd`)
};

export const admin_action_site_retire = /** @type {(inputs: Admin_Action_Site_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats pensionerad`)
};

export const admin_action_site_update = /** @type {(inputs: Admin_Action_Site_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats ändrad`)
};

export const admin_action_token_create = /** @type {(inputs: Admin_Action_Token_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API-nyckel skapad`)
};

export const admin_action_token_revoke = /** @type {(inputs: Admin_Action_Token_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API-nyckel återkallad`)
};

export const admin_action_user_change_password = /** @type {(inputs: Admin_Action_User_Change_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lösenord ändrat`)
};

export const admin_action_user_contact = /** @type {(inputs: Admin_Action_User_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontaktuppgifter ändrade`)
};

export const admin_action_user_create = /** @type {(inputs: Admin_Action_User_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Användare tillagd`)
};

export const admin_action_user_disable = /** @type {(inputs: Admin_Action_User_DisableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Användare inaktiverad`)
};

export const admin_action_user_language = /** @type {(inputs: Admin_Action_User_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Språk ändrat`)
};

export const admin_action_user_unlock = /** @type {(inputs: Admin_Action_User_UnlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Användare upplåst`)
};

export const admin_action_user_update = /** @type {(inputs: Admin_Action_User_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Användare ändrad`)
};

export const admin_action_zone_delete = /** @type {(inputs: Admin_Action_Zone_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zon borttagen`)
};

export const admin_action_zone_restore = /** @type {(inputs: Admin_Action_Zone_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zon återställd`)
};

export const admin_action_zone_retire = /** @type {(inputs: Admin_Action_Zone_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zon pensionerad`)
};

export const admin_action_zone_update = /** @type {(inputs: Admin_Action_Zone_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zon ändrad`)
};

export const admin_actor_api = /** @type {(inputs: Admin_Actor_ApiInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API:et, utan inloggad person`)
};

export const admin_actor_environment = /** @type {(inputs: Admin_Actor_EnvironmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`administratörsnyckeln från BULBCHECK_ADMIN_TOKEN`)
};

export const admin_actor_generated = /** @type {(inputs: Admin_Actor_GeneratedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`administratörsnyckeln som skapades vid första start`)
};

export const admin_actor_system = /** @type {(inputs: Admin_Actor_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check själv`)
};

export const admin_addresses = /** @type {(inputs: Admin_AddressesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresser (komma eller mellanslag emellan)`)
};

export const admin_admins_own = /** @type {(inputs: Admin_Admins_OwnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`administratörernas`)
};

export const admin_admins_see_all = /** @type {(inputs: Admin_Admins_See_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Administratörer ser alltid alla platser.`)
};

export const admin_all = /** @type {(inputs: Admin_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alla`)
};

export const admin_all_sites = /** @type {(inputs: Admin_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alla platser`)
};

export const admin_at_hour = /** @type {(inputs: Admin_At_HourInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.time} ${i?.zone}`)
};

export const admin_audit_intro = /** @type {(inputs: Admin_Audit_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varje ändring gjord via API:et: uppsättning, kvitteringar, åtgärder, enheter, användare och nycklar. Tider i UTC.`)
};

export const admin_audit_title = /** @type {(inputs: Admin_Audit_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Granskningslogg`)
};

export const admin_back_office = /** @type {(inputs: Admin_Back_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bakom kulisserna`)
};

export const admin_channel_changed = /** @type {(inputs: Admin_Channel_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanalen är ändrad.`)
};

export const admin_channel_created = /** @type {(inputs: Admin_Channel_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kanalen ”${i?.name}” är skapad.`)
};

export const admin_channel_deleted = /** @type {(inputs: Admin_Channel_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanalen är borttagen.`)
};

export const admin_channel_n = /** @type {(inputs: Admin_Channel_NInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`kanal ${i?.id}`)
};

export const admin_channel_placeholder = /** @type {(inputs: Admin_Channel_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`t.ex. nattpersonal i Oslo`)
};

export const admin_channels_title = /** @type {(inputs: Admin_Channels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanaler`)
};

export const admin_choose_kind = /** @type {(inputs: Admin_Choose_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj en typ.`)
};

export const admin_choose_role = /** @type {(inputs: Admin_Choose_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj en roll.`)
};

export const admin_col_attempts = /** @type {(inputs: Admin_Col_AttemptsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Försök`)
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
	return /** @type {LocalizedString} */ (`Typ`)
};

export const admin_col_last_answer = /** @type {(inputs: Admin_Col_Last_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Senaste svar`)
};

export const admin_col_last_sent = /** @type {(inputs: Admin_Col_Last_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Senast skickad`)
};

export const admin_col_last_sign_in = /** @type {(inputs: Admin_Col_Last_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Senaste inloggning`)
};

export const admin_col_last_used = /** @type {(inputs: Admin_Col_Last_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Senast använd`)
};

export const admin_col_levels = /** @type {(inputs: Admin_Col_LevelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nivåer`)
};

export const admin_col_name = /** @type {(inputs: Admin_Col_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Namn`)
};

export const admin_col_on = /** @type {(inputs: Admin_Col_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gäller`)
};

export const admin_col_owner = /** @type {(inputs: Admin_Col_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ägare`)
};

export const admin_col_quiet = /** @type {(inputs: Admin_Col_QuietInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tysta timmar`)
};

export const admin_col_role = /** @type {(inputs: Admin_Col_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Roll`)
};

export const admin_col_rule = /** @type {(inputs: Admin_Col_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regel`)
};

export const admin_col_sends_to = /** @type {(inputs: Admin_Col_Sends_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skickar till`)
};

export const admin_col_site = /** @type {(inputs: Admin_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats`)
};

export const admin_col_sites = /** @type {(inputs: Admin_Col_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Platser`)
};

export const admin_col_state = /** @type {(inputs: Admin_Col_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const admin_col_takes = /** @type {(inputs: Admin_Col_TakesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tar`)
};

export const admin_col_to = /** @type {(inputs: Admin_Col_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Till`)
};

export const admin_col_username = /** @type {(inputs: Admin_Col_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Användarnamn`)
};

export const admin_col_what = /** @type {(inputs: Admin_Col_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vad`)
};

export const admin_col_when = /** @type {(inputs: Admin_Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`När`)
};

export const admin_col_who = /** @type {(inputs: Admin_Col_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vem`)
};

export const admin_contact_intro = /** @type {(inputs: Admin_Contact_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Där ${i?.name} får besked om det som tilldelas dem. Tomt tar bort det.`)
};

export const admin_contact_title = /** @type {(inputs: Admin_Contact_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-post och telefon`)
};

export const admin_copied = /** @type {(inputs: Admin_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopierad`)
};

export const admin_copy = /** @type {(inputs: Admin_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopiera`)
};

export const admin_copy_not_allowed = /** @type {(inputs: Admin_Copy_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopiering är inte tillåten här: texten är markerad, kopiera den med tangentbordet.`)
};

export const admin_create_channel = /** @type {(inputs: Admin_Create_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skapa kanal`)
};

export const admin_create_rule = /** @type {(inputs: Admin_Create_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skapa regel`)
};

export const admin_create_token = /** @type {(inputs: Admin_Create_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skapa nyckel`)
};

export const admin_create_user = /** @type {(inputs: Admin_Create_UserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skapa användare`)
};

export const admin_created = /** @type {(inputs: Admin_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skapad`)
};

export const admin_customer_visible = /** @type {(inputs: Admin_Customer_VisibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`synlig för kunder`)
};

export const admin_delete = /** @type {(inputs: Admin_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ta bort`)
};

export const admin_delete_channel = /** @type {(inputs: Admin_Delete_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ta bort kanal`)
};

export const admin_delete_channel_explain = /** @type {(inputs: Admin_Delete_Channel_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leveransloggen försvinner också. En kanal som en regel eller rapport använder kan inte tas bort.`)
};

export const admin_deliveries_intro = /** @type {(inputs: Admin_Deliveries_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varje meddelande, nyast först; tider i UTC. Misslyckade försöks igen med allt längre väntan i ett dygn; ett osäkert avbröts mitt i sändningen till ett chattrum, som inte kan bortse från en upprepning, så det väntar på dig.`)
};

export const admin_delivery_log = /** @type {(inputs: Admin_Delivery_LogInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leveranslogg`)
};

export const admin_delivery_retried = /** @type {(inputs: Admin_Delivery_RetriedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Leverans ${i?.id}: ${i?.state}.`)
};

export const admin_disable = /** @type {(inputs: Admin_DisableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Inaktivera ${i?.username}`)
};

export const admin_disable_explain = /** @type {(inputs: Admin_Disable_ExplainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} loggas ut direkt och kan inte logga in; de personliga nycklarna återkallas för gott. Du kan aktivera kontot igen: då loggar de in på nytt och skapar nya nycklar.`)
};

export const admin_disable_summary = /** @type {(inputs: Admin_Disable_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inaktivera det här kontot …`)
};

export const admin_disabled_done = /** @type {(inputs: Admin_Disabled_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inaktiverad: de är utloggade, deras personliga nycklar är återkallade och de kan inte logga in.`)
};

export const admin_disabled_since = /** @type {(inputs: Admin_Disabled_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`inaktiverad sedan ${i?.when}`)
};

export const admin_display_name = /** @type {(inputs: Admin_Display_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visningsnamn`)
};

export const admin_display_name_wrong = /** @type {(inputs: Admin_Display_Name_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visningsnamnet är 1 till 80 tecken.`)
};

export const admin_does_admin = /** @type {(inputs: Admin_Does_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gör allt, även anläggningar, personer och nycklar`)
};

export const admin_does_manager_many = /** @type {(inputs: Admin_Does_Manager_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser deras tavlor och avvikelser, rapporterar, kvitterar och åtgärdar dem, och sköter deras enheter, QR-koder och aviseringar`)
};

export const admin_does_manager_one = /** @type {(inputs: Admin_Does_Manager_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser dess tavlor och avvikelser, rapporterar, kvitterar och åtgärdar dem, och sköter dess enheter, QR-koder och aviseringar`)
};

export const admin_does_staff_many = /** @type {(inputs: Admin_Does_Staff_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser deras tavlor och avvikelser, rapporterar, kvitterar och åtgärdar dem`)
};

export const admin_does_staff_one = /** @type {(inputs: Admin_Does_Staff_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser dess tavlor och avvikelser, rapporterar, kvitterar och åtgärdar dem`)
};

export const admin_does_viewer_many = /** @type {(inputs: Admin_Does_Viewer_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser deras tavlor och avvikelser`)
};

export const admin_does_viewer_one = /** @type {(inputs: Admin_Does_Viewer_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser dess tavlor och avvikelser`)
};

export const admin_eg = /** @type {(inputs: Admin_EgInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`t.ex. ${i?.example}`)
};

export const admin_email = /** @type {(inputs: Admin_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-post`)
};

export const admin_email_optional = /** @type {(inputs: Admin_Email_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(valfritt: får besked om det som tilldelas dem)`)
};

export const admin_email_wrong = /** @type {(inputs: Admin_Email_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv en e-postadress som kari@example.com, eller lämna fältet tomt.`)
};

export const admin_enable = /** @type {(inputs: Admin_EnableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aktivera ${i?.username}`)
};

export const admin_enabled_done = /** @type {(inputs: Admin_Enabled_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktiverad: de kan logga in igen.`)
};

export const admin_every_defect = /** @type {(inputs: Admin_Every_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alla avvikelser`)
};

export const admin_every_site = /** @type {(inputs: Admin_Every_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alla platser`)
};

export const admin_every_site_option = /** @type {(inputs: Admin_Every_Site_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla platser`)
};

export const admin_from_sources = /** @type {(inputs: Admin_From_SourcesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`från ${i?.sources}`)
};

export const admin_give_address = /** @type {(inputs: Admin_Give_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ange minst en e-postadress.`)
};

export const admin_give_url = /** @type {(inputs: Admin_Give_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ange webhookens URL.`)
};

export const admin_held_from = /** @type {(inputs: Admin_Held_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spärrad efter misslyckade inloggningar från:`)
};

export const admin_held_hint = /** @type {(inputs: Admin_Held_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Var det de, lås upp dem; annars försöker någon gissa deras lösenord därifrån.`)
};

export const admin_held_intro = /** @type {(inputs: Admin_Held_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`För många misslyckade inloggningar kom härifrån, oavsett användarnamn: ingen loggar in härifrån förrän den visade tiden.`)
};

export const admin_held_line = /** @type {(inputs: Admin_Held_LineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} misslyckad · till ${i?.until}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} misslyckade · till ${i?.until}`);
	return /** @type {LocalizedString} */ ("admin_held_line");
};

export const admin_held_title = /** @type {(inputs: Admin_Held_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spärrade adresser`)
};

export const admin_help_admin = /** @type {(inputs: Admin_Help_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`allt, även personer och nycklar`)
};

export const admin_help_manager = /** @type {(inputs: Admin_Help_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`även enheter och QR-koder`)
};

export const admin_help_staff = /** @type {(inputs: Admin_Help_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`rapporterar, kvitterar och åtgärdar också`)
};

export const admin_help_viewer = /** @type {(inputs: Admin_Help_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser tavlor och avvikelser`)
};

export const admin_hint_chat = /** @type {(inputs: Admin_Hint_ChatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Klistra in URL:en för inkommande webhook som rummet gav dig: den är rummets nyckel och visas bara för administratörer.`)
};

export const admin_hint_email = /** @type {(inputs: Admin_Hint_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skickas via SMTP-servern i inställningarna.`)
};

export const admin_hint_webhook = /** @type {(inputs: Admin_Hint_WebhookInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varje anrop signeras med en hemlighet som visas en gång efter att kanalen skapats (dokumentation: notifications).`)
};

export const admin_initial_password = /** @type {(inputs: Admin_Initial_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Första lösenord`)
};

export const admin_it_said = /** @type {(inputs: Admin_It_SaidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`den svarade: ”${i?.answer}”`)
};

export const admin_kind_email = /** @type {(inputs: Admin_Kind_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-post`)
};

export const admin_kind_in_app = /** @type {(inputs: Admin_Kind_In_AppInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meddelanden i appen`)
};

export const admin_kind_webhook = /** @type {(inputs: Admin_Kind_WebhookInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Webhook (signerad JSON)`)
};

export const admin_level_line = /** @type {(inputs: Admin_Level_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`efter ${i?.minutes} min:`)
};

export const admin_level_minutes = /** @type {(inputs: Admin_Level_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nivå ${i?.level}: minuterna måste vara 0 eller fler.`)
};

export const admin_level_n = /** @type {(inputs: Admin_Level_NInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nivå ${i?.level}`)
};

export const admin_list_and = /** @type {(inputs: Admin_List_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.first} och ${i?.last}`)
};

export const admin_locked_from = /** @type {(inputs: Admin_Locked_FromInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`utelåst från ${i?.count} adress till ${i?.until}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`utelåst från ${i?.count} adresser till ${i?.until}`);
	return /** @type {LocalizedString} */ ("admin_locked_from");
};

export const admin_locked_intro = /** @type {(inputs: Admin_Locked_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`För många misslyckade inloggningar med dessa användarnamn: de kan inte logga in därifrån förrän den visade tiden. Var det de, lås upp dem; annars försöker någon gissa deras lösenord.`)
};

export const admin_locked_title = /** @type {(inputs: Admin_Locked_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utelåsta`)
};

export const admin_name_channel = /** @type {(inputs: Admin_Name_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ge kanalen ett namn.`)
};

export const admin_name_report = /** @type {(inputs: Admin_Name_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ge rapporten ett namn.`)
};

export const admin_name_role_sites = /** @type {(inputs: Admin_Name_Role_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Namn, roll och platser`)
};

export const admin_name_rule = /** @type {(inputs: Admin_Name_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ge regeln ett namn.`)
};

export const admin_name_the_token = /** @type {(inputs: Admin_Name_The_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ge nyckeln ett namn (upp till 80 tecken).`)
};

export const admin_never = /** @type {(inputs: Admin_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aldrig`)
};

export const admin_new_channel = /** @type {(inputs: Admin_New_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny kanal`)
};

export const admin_new_password = /** @type {(inputs: Admin_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nytt lösenord`)
};

export const admin_new_rule = /** @type {(inputs: Admin_New_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny regel`)
};

export const admin_new_system_token = /** @type {(inputs: Admin_New_System_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny systemnyckel`)
};

export const admin_new_token_label = /** @type {(inputs: Admin_New_Token_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ny nyckel ”${i?.name}”`)
};

export const admin_new_token_warning = /** @type {(inputs: Admin_New_Token_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopiera den nu och lämna över den säkert: den visas inte igen.`)
};

export const admin_new_user = /** @type {(inputs: Admin_New_UserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny användare`)
};

export const admin_new_user_who = /** @type {(inputs: Admin_New_User_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den nya användaren`)
};

export const admin_next_attempt = /** @type {(inputs: Admin_Next_AttemptInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`nästa ${i?.when}`)
};

export const admin_no_channels = /** @type {(inputs: Admin_No_ChannelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga kanaler än.`)
};

export const admin_no_channels_manager = /** @type {(inputs: Admin_No_Channels_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga kanaler än: en administratör sätter upp dem.`)
};

export const admin_no_reports = /** @type {(inputs: Admin_No_ReportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen får den dagliga rapporten än.`)
};

export const admin_no_rules = /** @type {(inputs: Admin_No_RulesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga regler: ingen får besked om nya avvikelser.`)
};

export const admin_no_such_user = /** @type {(inputs: Admin_No_Such_UserInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Det finns ingen sådan användare: inget konto har id ${i?.id}. Välj ett i listan över användare.`)
};

export const admin_no_tokens = /** @type {(inputs: Admin_No_TokensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga nycklar.`)
};

export const admin_none = /** @type {(inputs: Admin_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inga`)
};

export const admin_not_held = /** @type {(inputs: Admin_Not_HeldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inte spärrad: inga misslyckade inloggningar över gränsen.`)
};

export const admin_nothing_sent = /** @type {(inputs: Admin_Nothing_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inget skickat än.`)
};

export const admin_nothing_yet = /** @type {(inputs: Admin_Nothing_YetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inget än.`)
};

export const admin_notif_intro = /** @type {(inputs: Admin_Notif_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rätt person får höra om något grundläggande som fallerar innan en kund gör det; en avvikelse som ingen kvitterar går vidare till nästa nivå.`)
};

export const admin_notif_manager = /** @type {(inputs: Admin_Notif_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Du sköter regler och rapporter för dina platser; administratörer sätter upp kanaler.`)
};

export const admin_notif_title = /** @type {(inputs: Admin_Notif_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aviseringar`)
};

export const admin_off = /** @type {(inputs: Admin_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`av`)
};

export const admin_older = /** @type {(inputs: Admin_OlderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Äldre ›`)
};

export const admin_on = /** @type {(inputs: Admin_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`på`)
};

export const admin_optional = /** @type {(inputs: Admin_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(valfritt)`)
};

export const admin_owner_system = /** @type {(inputs: Admin_Owner_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`system`)
};

export const admin_password_help = /** @type {(inputs: Admin_Password_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`10 tecken eller fler; berätta det för dem i enrum`)
};

export const admin_password_set = /** @type {(inputs: Admin_Password_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lösenordet är satt. Deras sessioner och personliga nycklar har avslutats; berätta det nya lösenordet för dem i enrum.`)
};

export const admin_password_wrong = /** @type {(inputs: Admin_Password_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lösenord: 10 till 200 tecken.`)
};

export const admin_phone = /** @type {(inputs: Admin_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefon`)
};

export const admin_phone_wrong = /** @type {(inputs: Admin_Phone_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv ett telefonnummer som +47 912 34 567, eller lämna fältet tomt.`)
};

export const admin_picker_all = /** @type {(inputs: Admin_Picker_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla platser`)
};

export const admin_picker_none = /** @type {(inputs: Admin_Picker_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga platser än.`)
};

export const admin_picker_sites = /** @type {(inputs: Admin_Picker_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Platser`)
};

export const admin_picker_some = /** @type {(inputs: Admin_Picker_SomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bara dessa platser:`)
};

export const admin_quiet_both = /** @type {(inputs: Admin_Quiet_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tysta timmar behöver både start och slut.`)
};

export const admin_quiet_not = /** @type {(inputs: Admin_Quiet_NotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(inte ${i?.severities})`)
};

export const admin_report_ended = /** @type {(inputs: Admin_Report_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den dagliga rapporten är stoppad.`)
};

export const admin_report_hour = /** @type {(inputs: Admin_Report_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Klockan (lokal timme)`)
};

export const admin_report_placeholder = /** @type {(inputs: Admin_Report_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`t.ex. Oslo-morgnar`)
};

export const admin_report_set_up = /** @type {(inputs: Admin_Report_Set_UpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Daglig rapport ”${i?.name}” är uppsatt.`)
};

export const admin_report_sites_admin = /** @type {(inputs: Admin_Report_Sites_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Platser (ingen ikryssad: alla platser, i en rapport)`)
};

export const admin_report_sites_manager = /** @type {(inputs: Admin_Report_Sites_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Platser (en rapport för de ikryssade)`)
};

export const admin_reports_intro_before = /** @type {(inputs: Admin_Reports_Intro_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varje morgon: vad som fallerade i går, vad som fortfarande är öppet och hur länge, försenade kontroller, vem som upptäckte avvikelserna först. Även på`)
};

export const admin_reports_page_link = /** @type {(inputs: Admin_Reports_Page_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sidan för daglig rapport`)
};

export const admin_reports_title = /** @type {(inputs: Admin_Reports_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daglig lamprapport`)
};

export const admin_reset_password = /** @type {(inputs: Admin_Reset_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återställ lösenord`)
};

export const admin_revoke = /** @type {(inputs: Admin_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkalla`)
};

export const admin_revoked_at = /** @type {(inputs: Admin_Revoked_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`återkallad ${i?.when}`)
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
	return /** @type {LocalizedString} */ (`båda`)
};

export const admin_rf_found_by = /** @type {(inputs: Admin_Rf_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Upptäckt av`)
};

export const admin_rf_from = /** @type {(inputs: Admin_Rf_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`från`)
};

export const admin_rf_level = /** @type {(inputs: Admin_Rf_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nivå ${i?.level}`)
};

export const admin_rf_level_optional = /** @type {(inputs: Admin_Rf_Level_OptionalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nivå ${i?.level} (valfritt)`)
};

export const admin_rf_min_no_ack = /** @type {(inputs: Admin_Rf_Min_No_AckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`min utan kvittering`)
};

export const admin_rf_min_opening = /** @type {(inputs: Admin_Rf_Min_OpeningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`min från öppning`)
};

export const admin_rf_no = /** @type {(inputs: Admin_Rf_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nej`)
};

export const admin_rf_quiet = /** @type {(inputs: Admin_Rf_QuietInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tysta timmar (platsens tid; lämna tomt för inga)`)
};

export const admin_rf_regional = /** @type {(inputs: Admin_Rf_RegionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regionchef`)
};

export const admin_rf_severity = /** @type {(inputs: Admin_Rf_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Allvarlighet (ingen ikryssad: alla)`)
};

export const admin_rf_site_manager = /** @type {(inputs: Admin_Rf_Site_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Platschef`)
};

export const admin_rf_staff = /** @type {(inputs: Admin_Rf_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personal`)
};

export const admin_rf_still_send = /** @type {(inputs: Admin_Rf_Still_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`skicka ändå:`)
};

export const admin_rf_to = /** @type {(inputs: Admin_Rf_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`till`)
};

export const admin_rf_who = /** @type {(inputs: Admin_Rf_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vem`)
};

export const admin_rf_yes = /** @type {(inputs: Admin_Rf_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ja`)
};

export const admin_rule_changed = /** @type {(inputs: Admin_Rule_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regeln är ändrad.`)
};

export const admin_rule_created = /** @type {(inputs: Admin_Rule_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Regeln ”${i?.name}” är skapad.`)
};

export const admin_rule_deleted = /** @type {(inputs: Admin_Rule_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regeln är borttagen.`)
};

export const admin_rule_for = /** @type {(inputs: Admin_Rule_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`För ${i?.site}. Pågående eskaleringar följer de ändrade nivåerna från nästa steg.`)
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
	return /** @type {LocalizedString} */ (`t.ex. ljus på natten`)
};

export const admin_rule_title = /** @type {(inputs: Admin_Rule_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Regel ”${i?.name}”`)
};

export const admin_rules_intro = /** @type {(inputs: Admin_Rules_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En regel tar de avvikelser som klarar alla dess filter. Nivå 1 hör först; varje nästa nivå efter sina minuter om ingen har kvitterat. Tysta timmar håller kvar ett steg tills de är slut, i platsens tidszon.`)
};

export const admin_rules_title = /** @type {(inputs: Admin_Rules_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regler och eskalering`)
};

export const admin_save = /** @type {(inputs: Admin_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spara`)
};

export const admin_save_contact = /** @type {(inputs: Admin_Save_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spara kontaktuppgifter`)
};

export const admin_save_rule = /** @type {(inputs: Admin_Save_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spara regel`)
};

export const admin_saved = /** @type {(inputs: Admin_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sparat.`)
};

export const admin_secret_label = /** @type {(inputs: Admin_Secret_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Signeringshemlighet för ”${i?.name}”`)
};

export const admin_secret_warning = /** @type {(inputs: Admin_Secret_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ge den till den som driver mottagaren: den verifierar headern X-BulbCheck-Signature. Administratörer kan läsa den igen senare.`)
};

export const admin_send_again = /** @type {(inputs: Admin_Send_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skicka igen`)
};

export const admin_send_report = /** @type {(inputs: Admin_Send_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skicka den dagliga rapporten`)
};

export const admin_send_test = /** @type {(inputs: Admin_Send_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skicka ett test`)
};

export const admin_set_password = /** @type {(inputs: Admin_Set_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sätt lösenord`)
};

export const admin_set_up_report = /** @type {(inputs: Admin_Set_Up_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sätt upp rapporten`)
};

export const admin_show = /** @type {(inputs: Admin_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visa`)
};

export const admin_show_revoked = /** @type {(inputs: Admin_Show_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visa återkallade nycklar`)
};

export const admin_sign_in_title = /** @type {(inputs: Admin_Sign_In_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inloggning`)
};

export const admin_signed = /** @type {(inputs: Admin_SignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`signerad`)
};

export const admin_state_active = /** @type {(inputs: Admin_State_ActiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aktiv`)
};

export const admin_state_disabled = /** @type {(inputs: Admin_State_DisabledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`inaktiverad ${i?.when}`)
};

export const admin_state_failed = /** @type {(inputs: Admin_State_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`misslyckades`)
};

export const admin_state_pending = /** @type {(inputs: Admin_State_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`väntar`)
};

export const admin_state_sending = /** @type {(inputs: Admin_State_SendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`skickas`)
};

export const admin_state_sent = /** @type {(inputs: Admin_State_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`skickat`)
};

export const admin_state_uncertain = /** @type {(inputs: Admin_State_UncertainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`osäker`)
};

export const admin_stop = /** @type {(inputs: Admin_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stoppa`)
};

export const admin_summary_report = /** @type {(inputs: Admin_Summary_ReportInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Daglig rapport för ${i?.day} (${i?.subscription})`)
};

export const admin_summary_step = /** @type {(inputs: Admin_Summary_StepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nivå ${i?.level} (${i?.levelName}) av ”${i?.rule}”: fel #${i?.defect}`)
};

export const admin_summary_test = /** @type {(inputs: Admin_Summary_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Testmeddelande till ${i?.channel}`)
};

export const admin_ten_plus = /** @type {(inputs: Admin_Ten_PlusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(10+ tecken)`)
};

export const admin_test_failed = /** @type {(inputs: Admin_Test_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Testet till ”${i?.name}” misslyckades: ${i?.reason}. Kontrollera kanalens adress och att mottagaren är igång, och skicka ett nytt test.`)
};

export const admin_test_sent = /** @type {(inputs: Admin_Test_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Test skickat till ”${i?.name}” (${i?.status}).`)
};

export const admin_this_is_you = /** @type {(inputs: Admin_This_Is_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det här är du: en annan administratör kan inaktivera ditt konto.`)
};

export const admin_tick_a_site = /** @type {(inputs: Admin_Tick_A_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kryssa för minst en plats, eller välj alla platser.`)
};

export const admin_tick_channel = /** @type {(inputs: Admin_Tick_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kryssa för minst en kanal.`)
};

export const admin_tick_first_level = /** @type {(inputs: Admin_Tick_First_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kryssa för minst en kanal för första nivån.`)
};

export const admin_time_zone = /** @type {(inputs: Admin_Time_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tidszon`)
};

export const admin_token_placeholder = /** @type {(inputs: Admin_Token_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`t.ex. väggskärm i lobbyn`)
};

export const admin_token_revoked = /** @type {(inputs: Admin_Token_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nyckeln är återkallad: den fungerar inte längre.`)
};

export const admin_tokens_intro = /** @type {(inputs: Admin_Tokens_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Systemnycklar är för kiosker, skript och integrationer: var och en har sin egen roll och sina egna platser. Personliga nycklar agerar som användaren som skapade dem (på sidan Konto) och visas här för att kunna återkallas.`)
};

export const admin_tokens_title = /** @type {(inputs: Admin_Tokens_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API-nycklar`)
};

export const admin_turn_off = /** @type {(inputs: Admin_Turn_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stäng av`)
};

export const admin_turn_on = /** @type {(inputs: Admin_Turn_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slå på`)
};

export const admin_unlock = /** @type {(inputs: Admin_UnlockInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lås upp ${i?.username}`)
};

export const admin_unlock_nothing = /** @type {(inputs: Admin_Unlock_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Inget höll ${i?.name} tillbaka längre.`)
};

export const admin_unlock_nothing_self = /** @type {(inputs: Admin_Unlock_Nothing_SelfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inget var spärrat längre.`)
};

export const admin_unlocked = /** @type {(inputs: Admin_UnlockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} är upplåst: kan logga in från ${i?.addresses} igen.`)
};

export const admin_unlocked_self = /** @type {(inputs: Admin_Unlocked_SelfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Upplåst: de kan logga in från ${i?.addresses} igen.`)
};

export const admin_user_created = /** @type {(inputs: Admin_User_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Användaren är skapad. Berätta användarnamnet och det första lösenordet för dem i enrum.`)
};

export const admin_username_taken = /** @type {(inputs: Admin_Username_TakenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Användarnamnet ”${i?.username}” är upptaget.`)
};

export const admin_username_wrong = /** @type {(inputs: Admin_Username_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Användarnamn: 2 till 64 av a-z, 0-9, . _ @ -, som börjar med en bokstav eller siffra.`)
};

export const admin_users_intro = /** @type {(inputs: Admin_Users_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.accounts}, ${i?.active} aktiva. Öppna ett för att ändra roll, platser eller lösenord, eller för att inaktivera det.`)
};

export const admin_users_title = /** @type {(inputs: Admin_Users_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Användare`)
};

export const admin_utc_time = /** @type {(inputs: Admin_Utc_TimeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.time} UTC`)
};

export const admin_which_token = /** @type {(inputs: Admin_Which_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den nyckeln finns inte i listan längre: ladda om sidan och välj den igen.`)
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

export const defects_acknowledge = /** @type {(inputs: Defects_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvittera`)
};

export const defects_actor_first_admin = /** @type {(inputs: Defects_Actor_First_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Administratören`)
};

export const defects_ago = /** @type {(inputs: Defects_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`för ${i?.duration} sedan`)
};

export const defects_all_sites = /** @type {(inputs: Defects_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla platser`)
};

export const defects_any = /** @type {(inputs: Defects_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla`)
};

export const defects_anyone = /** @type {(inputs: Defects_AnyoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vem som helst eller ingen`)
};

export const defects_bulk_assign = /** @type {(inputs: Defects_Bulk_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldela…`)
};

export const defects_bulk_assign_them = /** @type {(inputs: Defects_Bulk_Assign_ThemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldela dem`)
};

export const defects_bulk_assign_to = /** @type {(inputs: Defects_Bulk_Assign_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldela till`)
};

export const defects_bulk_changed = /** @type {(inputs: Defects_Bulk_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}: ${i?.count} ändrade.`)
};

export const defects_bulk_changed_not = /** @type {(inputs: Defects_Bulk_Changed_NotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}: ${i?.count} ändrade, ${i?.failed} inte:`)
};

export const defects_bulk_choose = /** @type {(inputs: Defects_Bulk_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj…`)
};

export const defects_bulk_choose_action = /** @type {(inputs: Defects_Bulk_Choose_ActionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj vad som ska göras med dem.`)
};

export const defects_bulk_choose_assignee = /** @type {(inputs: Defects_Bulk_Choose_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj vem som ska göra dem.`)
};

export const defects_bulk_done = /** @type {(inputs: Defects_Bulk_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Klart`)
};

export const defects_bulk_done_acknowledge = /** @type {(inputs: Defects_Bulk_Done_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvitterat`)
};

export const defects_bulk_done_assign = /** @type {(inputs: Defects_Bulk_Done_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldelat`)
};

export const defects_bulk_done_hold = /** @type {(inputs: Defects_Bulk_Done_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pausat`)
};

export const defects_bulk_done_resolve = /** @type {(inputs: Defects_Bulk_Done_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtgärdat`)
};

export const defects_bulk_hint = /** @type {(inputs: Defects_Bulk_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`: bocka för fel nedan och välj sedan vad som ska göras`)
};

export const defects_bulk_hold = /** @type {(inputs: Defects_Bulk_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pausa…`)
};

export const defects_bulk_hold_them = /** @type {(inputs: Defects_Bulk_Hold_ThemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pausa dem`)
};

export const defects_bulk_managers_of_site = /** @type {(inputs: Defects_Bulk_Managers_Of_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chefer på platsen`)
};

export const defects_bulk_me = /** @type {(inputs: Defects_Bulk_MeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mig`)
};

export const defects_bulk_note = /** @type {(inputs: Defects_Bulk_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anteckning`)
};

export const defects_bulk_one_site = /** @type {(inputs: Defects_Bulk_One_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj en plats ovan för att tilldela till en person.`)
};

export const defects_bulk_people = /** @type {(inputs: Defects_Bulk_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personer`)
};

export const defects_bulk_resolve = /** @type {(inputs: Defects_Bulk_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtgärda…`)
};

export const defects_bulk_resolve_them = /** @type {(inputs: Defects_Bulk_Resolve_ThemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtgärda dem`)
};

export const defects_bulk_say_waiting = /** @type {(inputs: Defects_Bulk_Say_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv vad de väntar på.`)
};

export const defects_bulk_staff_of_site = /** @type {(inputs: Defects_Bulk_Staff_Of_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personal på platsen`)
};

export const defects_bulk_teams = /** @type {(inputs: Defects_Bulk_TeamsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Team`)
};

export const defects_bulk_teams_each = /** @type {(inputs: Defects_Bulk_Teams_EachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Team (på varje fels plats)`)
};

export const defects_bulk_tick_first = /** @type {(inputs: Defects_Bulk_Tick_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bocka först för felen som ska ändras.`)
};

export const defects_bulk_ticked = /** @type {(inputs: Defects_Bulk_TickedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`markerat`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`markerade`);
	return /** @type {LocalizedString} */ ("defects_bulk_ticked");
};

export const defects_bulk_too_many = /** @type {(inputs: Defects_Bulk_Too_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Högst ${i?.max} fel åt gången: bocka för färre.`)
};

export const defects_by = /** @type {(inputs: Defects_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`av`)
};

export const defects_cause_label = /** @type {(inputs: Defects_Cause_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vad som åtgärdade det`)
};

export const defects_cause_not_said = /** @type {(inputs: Defects_Cause_Not_SaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inte angivet`)
};

export const defects_claim_title = /** @type {(inputs: Defects_Claim_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ett namn skickat av ${i?.kind} ${i?.device}, inte en inloggad person`)
};

export const defects_clear_site = /** @type {(inputs: Defects_Clear_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visa alla platser`)
};

export const defects_col_actions = /** @type {(inputs: Defects_Col_ActionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtgärder`)
};

export const defects_col_asset = /** @type {(inputs: Defects_Col_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utrustning`)
};

export const defects_col_fault = /** @type {(inputs: Defects_Col_FaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel`)
};

export const defects_col_found_by = /** @type {(inputs: Defects_Col_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hittat av`)
};

export const defects_col_open_for = /** @type {(inputs: Defects_Col_Open_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppet i`)
};

export const defects_col_reports = /** @type {(inputs: Defects_Col_ReportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmälningar`)
};

export const defects_col_severity = /** @type {(inputs: Defects_Col_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Allvar`)
};

export const defects_col_site = /** @type {(inputs: Defects_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats`)
};

export const defects_col_status = /** @type {(inputs: Defects_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const defects_count = /** @type {(inputs: Defects_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} öppet fel`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} öppna fel`);
	return /** @type {LocalizedString} */ ("defects_count");
};

export const defects_crumb_defects = /** @type {(inputs: Defects_Crumb_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fel`)
};

export const defects_customer_visible = /** @type {(inputs: Defects_Customer_VisibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` (synligt för kunder)`)
};

export const defects_ev_a_customer = /** @type {(inputs: Defects_Ev_A_CustomerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en kund`)
};

export const defects_ev_and = /** @type {(inputs: Defects_Ev_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list} och ${i?.last}`)
};

export const defects_ev_api_token = /** @type {(inputs: Defects_Ev_Api_TokenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`API-nyckel ${i?.name}`)
};

export const defects_ev_button = /** @type {(inputs: Defects_Ev_ButtonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`knapp ${i?.id}`)
};

export const defects_ev_confirmed_by = /** @type {(inputs: Defects_Ev_Confirmed_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bekräftat av ${i?.who}`)
};

export const defects_ev_confirmed_short = /** @type {(inputs: Defects_Ev_Confirmed_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bekräftat: ${i?.sources}`)
};

export const defects_ev_customer_qr = /** @type {(inputs: Defects_Ev_Customer_QrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en kund (QR-kod)`)
};

export const defects_ev_round = /** @type {(inputs: Defects_Ev_RoundInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Rundan kl. ${i?.time} (${i?.checkpoint}) godkändes av ${i?.staff} ${i?.count} minut före`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Rundan kl. ${i?.time} (${i?.checkpoint}) godkändes av ${i?.staff} ${i?.count} minuter före`);
	return /** @type {LocalizedString} */ ("defects_ev_round");
};

export const defects_ev_sensor = /** @type {(inputs: Defects_Ev_SensorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sensor ${i?.id}`)
};

export const defects_ev_someone = /** @type {(inputs: Defects_Ev_SomeoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`någon`)
};

export const defects_ev_staff_button = /** @type {(inputs: Defects_Ev_Staff_ButtonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`personal på knapp ${i?.id}`)
};

export const defects_ev_suspect = /** @type {(inputs: Defects_Ev_SuspectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sensor ${i?.device} kan ha fel: ${i?.who} anmälde ${i?.fault} medan den sa ok`)
};

export const defects_evp_ch_button = /** @type {(inputs: Defects_Evp_Ch_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Knapp (MQTT)`)
};

export const defects_evp_ch_dashboard = /** @type {(inputs: Defects_Evp_Ch_DashboardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inloggad`)
};

export const defects_evp_ch_qr = /** @type {(inputs: Defects_Evp_Ch_QrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR-kod`)
};

export const defects_evp_ch_sensor = /** @type {(inputs: Defects_Evp_Ch_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensor`)
};

export const defects_evp_contradicts = /** @type {(inputs: Defects_Evp_ContradictsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rapporten den motsäger:`)
};

export const defects_evp_defect = /** @type {(inputs: Defects_Evp_DefectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fel ${i?.id}`)
};

export const defects_evp_not_confirmed = /** @type {(inputs: Defects_Evp_Not_ConfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inte bekräftat: en källa hittills. En kanal till, eller en person till som är inloggad, bekräftar det.`)
};

export const defects_evp_ok_at = /** @type {(inputs: Defects_Evp_Ok_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sensorn sa senast ok ${i?.time}.`)
};

export const defects_evp_reports = /** @type {(inputs: Defects_Evp_ReportsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} rapport`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} rapporter`);
	return /** @type {LocalizedString} */ ("defects_evp_reports");
};

export const defects_evp_system = /** @type {(inputs: Defects_Evp_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rapporterat av Bulb Check`)
};

export const defects_evp_title = /** @type {(inputs: Defects_Evp_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Underlag`)
};

export const defects_filter_assignee = /** @type {(inputs: Defects_Filter_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldelad`)
};

export const defects_filter_category = /** @type {(inputs: Defects_Filter_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const defects_filter_severity = /** @type {(inputs: Defects_Filter_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Allvarlighetsgrad`)
};

export const defects_filter_site = /** @type {(inputs: Defects_Filter_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats`)
};

export const defects_filter_source = /** @type {(inputs: Defects_Filter_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Källa`)
};

export const defects_filter_status = /** @type {(inputs: Defects_Filter_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const defects_fix_did_not_hold = /** @type {(inputs: Defects_Fix_Did_Not_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtgärden höll inte: se`)
};

export const defects_hold_due = /** @type {(inputs: Defects_Hold_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny tid`)
};

export const defects_hold_hint = /** @type {(inputs: Defects_Hold_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`t.ex. delar beställda, hantverkare på tisdag`)
};

export const defects_hold_waiting = /** @type {(inputs: Defects_Hold_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Väntar på`)
};

export const defects_just_now = /** @type {(inputs: Defects_Just_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`just nu`)
};

export const defects_label_assigned = /** @type {(inputs: Defects_Label_AssignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldelat`)
};

export const defects_label_category = /** @type {(inputs: Defects_Label_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const defects_label_cause = /** @type {(inputs: Defects_Label_CauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vad som åtgärdade det`)
};

export const defects_label_due = /** @type {(inputs: Defects_Label_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Senast`)
};

export const defects_label_first_found = /** @type {(inputs: Defects_Label_First_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Först hittat av`)
};

export const defects_label_opened = /** @type {(inputs: Defects_Label_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppnat`)
};

export const defects_label_reports = /** @type {(inputs: Defects_Label_ReportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmälningar`)
};

export const defects_label_resolved = /** @type {(inputs: Defects_Label_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtgärdat`)
};

export const defects_label_severity = /** @type {(inputs: Defects_Label_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Allvarlighetsgrad`)
};

export const defects_label_status = /** @type {(inputs: Defects_Label_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const defects_label_zone = /** @type {(inputs: Defects_Label_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zon`)
};

export const defects_me_team = /** @type {(inputs: Defects_Me_TeamInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jag och mitt team`)
};

export const defects_new = /** @type {(inputs: Defects_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny`)
};

export const defects_next_page = /** @type {(inputs: Defects_Next_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nästa sida ›`)
};

export const defects_nobody = /** @type {(inputs: Defects_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ingen`)
};

export const defects_nobody_yet = /** @type {(inputs: Defects_Nobody_YetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen än`)
};

export const defects_none_match = /** @type {(inputs: Defects_None_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga fel matchar de här filtren.`)
};

export const defects_none_match_site = /** @type {(inputs: Defects_None_Match_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.site}: inga fel matchar de här filtren.`)
};

export const defects_number = /** @type {(inputs: Defects_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fel nr ${i?.id}`)
};

export const defects_on_asset = /** @type {(inputs: Defects_On_AssetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} på ${i?.asset}`)
};

export const defects_on_hold_line = /** @type {(inputs: Defects_On_Hold_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pausat: ${i?.reason} (senast ${i?.due})`)
};

export const defects_opened_since = /** @type {(inputs: Defects_Opened_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sedan ${i?.time}`)
};

export const defects_optional = /** @type {(inputs: Defects_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(valfritt)`)
};

export const defects_overdue = /** @type {(inputs: Defects_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`försenat`)
};

export const defects_photo_added = /** @type {(inputs: Defects_Photo_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bild tillagd.`)
};

export const defects_photo_choose = /** @type {(inputs: Defects_Photo_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj en bild eller ta en först.`)
};

export const defects_photo_too_large = /** @type {(inputs: Defects_Photo_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bilden är större än 10 MB: ta en mindre.`)
};

export const defects_photo_view_only = /** @type {(inputs: Defects_Photo_View_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din roll får bara titta. Fråga en administratör om du behöver lägga till bilder.`)
};

export const defects_photos_add = /** @type {(inputs: Defects_Photos_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lägg till ett foto`)
};

export const defects_photos_by = /** @type {(inputs: Defects_Photos_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Foto av ${i?.who}`)
};

export const defects_photos_caption = /** @type {(inputs: Defects_Photos_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bildtext (valfritt)`)
};

export const defects_photos_caption_label = /** @type {(inputs: Defects_Photos_Caption_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bildtext`)
};

export const defects_photos_hint = /** @type {(inputs: Defects_Photos_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`JPEG, PNG, WebP eller HEIC, upp till 10 MB. Plats och kamerauppgifter tas bort.`)
};

export const defects_photos_none = /** @type {(inputs: Defects_Photos_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga foton än.`)
};

export const defects_photos_title = /** @type {(inputs: Defects_Photos_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Foton`)
};

export const defects_photos_upload = /** @type {(inputs: Defects_Photos_UploadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ladda upp foto`)
};

export const defects_photos_uploading = /** @type {(inputs: Defects_Photos_UploadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laddar upp…`)
};

export const defects_reopened_times = /** @type {(inputs: Defects_Reopened_TimesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Öppnat igen en gång.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Öppnat igen ${i?.count} gånger.`);
	return /** @type {LocalizedString} */ ("defects_reopened_times");
};

export const defects_resolve_more = /** @type {(inputs: Defects_Resolve_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtgärda…`)
};

export const defects_search = /** @type {(inputs: Defects_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utrustning eller zon`)
};

export const defects_search_hint = /** @type {(inputs: Defects_Search_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`t.ex. lobby, lampa`)
};

export const defects_show = /** @type {(inputs: Defects_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visa`)
};

export const defects_sort = /** @type {(inputs: Defects_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sortering`)
};

export const defects_sort_due = /** @type {(inputs: Defects_Sort_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Närmast i tid`)
};

export const defects_sort_newest = /** @type {(inputs: Defects_Sort_NewestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nyast först`)
};

export const defects_sort_oldest = /** @type {(inputs: Defects_Sort_OldestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Äldst först`)
};

export const defects_sort_severity = /** @type {(inputs: Defects_Sort_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Allvarlighetsgrad`)
};

export const defects_source_customer = /** @type {(inputs: Defects_Source_CustomerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kund`)
};

export const defects_source_sensor = /** @type {(inputs: Defects_Source_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sensor`)
};

export const defects_source_staff = /** @type {(inputs: Defects_Source_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`personal`)
};

export const defects_source_system = /** @type {(inputs: Defects_Source_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`system`)
};

export const defects_status_acknowledged = /** @type {(inputs: Defects_Status_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kvitterat`)
};

export const defects_status_on_hold = /** @type {(inputs: Defects_Status_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pausat`)
};

export const defects_status_open = /** @type {(inputs: Defects_Status_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`öppet`)
};

export const defects_status_resolved = /** @type {(inputs: Defects_Status_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`åtgärdat`)
};

export const defects_status_unresolved = /** @type {(inputs: Defects_Status_UnresolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ej åtgärdat`)
};

export const defects_tick_all = /** @type {(inputs: Defects_Tick_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bocka för alla fel på sidan`)
};

export const defects_tick_one = /** @type {(inputs: Defects_Tick_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bocka för ${i?.fault} på ${i?.asset}`)
};

export const defects_timeline = /** @type {(inputs: Defects_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tidslinje`)
};

export const defects_title = /** @type {(inputs: Defects_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel`)
};

export const defects_tl_acknowledged = /** @type {(inputs: Defects_Tl_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvitterat`)
};

export const defects_tl_assigned = /** @type {(inputs: Defects_Tl_AssignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldelat`)
};

export const defects_tl_assigned_it = /** @type {(inputs: Defects_Tl_Assigned_ItInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tilldelade det`)
};

export const defects_tl_comment = /** @type {(inputs: Defects_Tl_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommentar`)
};

export const defects_tl_comment_by = /** @type {(inputs: Defects_Tl_Comment_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommentar`)
};

export const defects_tl_escalated = /** @type {(inputs: Defects_Tl_EscalatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eskalerat`)
};

export const defects_tl_notified = /** @type {(inputs: Defects_Tl_NotifiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aviserat`)
};

export const defects_tl_on_hold = /** @type {(inputs: Defects_Tl_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pausat`)
};

export const defects_tl_opened = /** @type {(inputs: Defects_Tl_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppnat`)
};

export const defects_tl_photo = /** @type {(inputs: Defects_Tl_PhotoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bild`)
};

export const defects_tl_reopened = /** @type {(inputs: Defects_Tl_ReopenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppnat igen`)
};

export const defects_tl_report = /** @type {(inputs: Defects_Tl_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmält`)
};

export const defects_tl_resolved = /** @type {(inputs: Defects_Tl_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtgärdat`)
};

export const defects_tl_to = /** @type {(inputs: Defects_Tl_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` till ${i?.name}`)
};

export const defects_tl_unassigned = /** @type {(inputs: Defects_Tl_UnassignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldelning borttagen`)
};

export const defects_tl_undone = /** @type {(inputs: Defects_Tl_UndoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtgärd ångrad`)
};

export const defects_via = /** @type {(inputs: Defects_ViaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`via ${i?.kind} ${i?.device}`)
};

export const defects_view_only = /** @type {(inputs: Defects_View_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Endast visning: din roll (${i?.role}) får inte kvittera eller åtgärda.`)
};

export const defects_view_only_work = /** @type {(inputs: Defects_View_Only_WorkInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Endast visning: din roll (${i?.role}) får inte arbeta med fel.`)
};

export const devices_admin_restores = /** @type {(inputs: Devices_Admin_RestoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bara en administratör kan återställa en återkallad enhet.`)
};

export const devices_all_sites = /** @type {(inputs: Devices_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla mina platser`)
};

export const devices_col_battery = /** @type {(inputs: Devices_Col_BatteryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Batteri`)
};

export const devices_col_device = /** @type {(inputs: Devices_Col_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet`)
};

export const devices_col_kind = /** @type {(inputs: Devices_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Typ`)
};

export const devices_col_last_seen = /** @type {(inputs: Devices_Col_Last_SeenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Senast sedd`)
};

export const devices_col_messages = /** @type {(inputs: Devices_Col_MessagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meddelanden`)
};

export const devices_col_payload = /** @type {(inputs: Devices_Col_PayloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Innehåll`)
};

export const devices_col_reason = /** @type {(inputs: Devices_Col_ReasonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Orsak`)
};

export const devices_col_refused = /** @type {(inputs: Devices_Col_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avvisade`)
};

export const devices_col_site = /** @type {(inputs: Devices_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats`)
};

export const devices_col_state = /** @type {(inputs: Devices_Col_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tillstånd`)
};

export const devices_col_when = /** @type {(inputs: Devices_Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`När`)
};

export const devices_col_wrong = /** @type {(inputs: Devices_Col_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vad som var fel`)
};

export const devices_count = /** @type {(inputs: Devices_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} enhet`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} enheter`);
	return /** @type {LocalizedString} */ ("devices_count");
};

export const devices_detail_line = /** @type {(inputs: Devices_Detail_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} på ${i?.site}`)
};

export const devices_filter_site = /** @type {(inputs: Devices_Filter_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats`)
};

export const devices_filter_state = /** @type {(inputs: Devices_Filter_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tillstånd`)
};

export const devices_kind_button = /** @type {(inputs: Devices_Kind_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`knapp`)
};

export const devices_kind_sensor = /** @type {(inputs: Devices_Kind_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sensor`)
};

export const devices_low_battery_count = /** @type {(inputs: Devices_Low_Battery_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} med lågt batteri`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} med lågt batteri`);
	return /** @type {LocalizedString} */ ("devices_low_battery_count");
};

export const devices_manage_hint = /** @type {(inputs: Devices_Manage_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`öppna en enhet för att byta dess hemlighet eller återkalla den`)
};

export const devices_managers_only = /** @type {(inputs: Devices_Managers_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bara chefer och administratörer sköter enheter.`)
};

export const devices_new_secret = /** @type {(inputs: Devices_New_SecretInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ny hemlighet för ${i?.device}`)
};

export const devices_no_refused = /** @type {(inputs: Devices_No_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga avvisade meddelanden.`)
};

export const devices_offline_count = /** @type {(inputs: Devices_Offline_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} offline`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} offline`);
	return /** @type {LocalizedString} */ ("devices_offline_count");
};

export const devices_refusal_asset_retired = /** @type {(inputs: Devices_Refusal_Asset_RetiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.asset} på ${i?.site} är pensionerad: återställ den under Inställningar, eller ställ in enheten för annan utrustning.`)
};

export const devices_refusal_bad_device = /** @type {(inputs: Devices_Refusal_Bad_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhets-id:t i ämnet är inte giltigt.`)
};

export const devices_refusal_bad_field = /** @type {(inputs: Devices_Refusal_Bad_FieldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fältet ${i?.field} har ett värde som inte är tillåtet.`)
};

export const devices_refusal_bad_json = /** @type {(inputs: Devices_Refusal_Bad_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meddelandet är inte giltig JSON.`)
};

export const devices_refusal_bad_site = /** @type {(inputs: Devices_Refusal_Bad_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats-id:t i ämnet är inte giltigt.`)
};

export const devices_refusal_bad_status = /** @type {(inputs: Devices_Refusal_Bad_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ett statusmeddelande måste säga online eller offline.`)
};

export const devices_refusal_bad_topic = /** @type {(inputs: Devices_Refusal_Bad_TopicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ämnet är inte ett enhetsämne (bulbcheck/v1/plats/enhet/typ).`)
};

export const devices_refusal_bad_utf8 = /** @type {(inputs: Devices_Refusal_Bad_Utf8Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meddelandet är inte giltig UTF-8-text.`)
};

export const devices_refusal_health_not_provisioned = /** @type {(inputs: Devices_Refusal_Health_Not_ProvisionedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} får inte skicka hälsa om ${i?.asset}: det finns ingen sådan utrustning i en zon på platsen.`)
};

export const devices_refusal_health_not_watched = /** @type {(inputs: Devices_Refusal_Health_Not_WatchedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} får inte skicka hälsa om ${i?.asset}: den finns inte bland det enheten bevakar eller betjänar.`)
};

export const devices_refusal_missing_field = /** @type {(inputs: Devices_Refusal_Missing_FieldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fältet ${i?.field} saknas.`)
};

export const devices_refusal_no_checkpoint = /** @type {(inputs: Devices_Refusal_No_CheckpointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} får inte checka in vid ${i?.checkpoint}: platsen har ingen sådan kontrollpunkt.`)
};

export const devices_refusal_not_object = /** @type {(inputs: Devices_Refusal_Not_ObjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meddelandet måste vara ett JSON-objekt.`)
};

export const devices_refusal_not_served = /** @type {(inputs: Devices_Refusal_Not_ServedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} får inte checka in vid ${i?.checkpoint}: den finns inte bland de kontrollpunkter knappen betjänar.`)
};

export const devices_refusal_resolve_not_provisioned = /** @type {(inputs: Devices_Refusal_Resolve_Not_ProvisionedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} får inte åtgärda ${i?.asset}: det finns ingen sådan utrustning i en zon på platsen.`)
};

export const devices_refusal_resolve_not_watched = /** @type {(inputs: Devices_Refusal_Resolve_Not_WatchedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} får inte åtgärda ${i?.asset}: den finns inte bland det enheten bevakar eller betjänar.`)
};

export const devices_refusal_retired = /** @type {(inputs: Devices_Refusal_RetiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} är pensionerad: återställ den under Inställningar för att ta emot dess meddelanden igen.`)
};

export const devices_refusal_revoked = /** @type {(inputs: Devices_Refusal_RevokedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} är återkallad: en administratör kan återställa den.`)
};

export const devices_refusal_sensor_checkin = /** @type {(inputs: Devices_Refusal_Sensor_CheckinInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} är en sensor: incheckningar görs på en knapp, vid en kontrollpunkt den betjänar.`)
};

export const devices_refusal_too_large = /** @type {(inputs: Devices_Refusal_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Meddelandet är ${i?.size} byte; högst ${i?.limit} tas emot.`)
};

export const devices_refusal_unknown_device = /** @type {(inputs: Devices_Refusal_Unknown_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Det finns ingen enhet ${i?.device}.`)
};

export const devices_refusal_unknown_kind = /** @type {(inputs: Devices_Refusal_Unknown_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ämnet slutar med en meddelandetyp som inte finns.`)
};

export const devices_refusal_unplaced_limit = /** @type {(inputs: Devices_Refusal_Unplaced_LimitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.asset} är inte inställd på ${i?.site}, som redan har ${i?.limit} utrustningar utan zon: placera dem med en flottimport.`)
};

export const devices_refusal_wrong_device = /** @type {(inputs: Devices_Refusal_Wrong_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.sender} skickade på ämnet för ${i?.device}: en enhet talar bara för sig själv.`)
};

export const devices_refusal_wrong_site = /** @type {(inputs: Devices_Refusal_Wrong_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} hör till ${i?.site}, inte till ${i?.topicSite}.`)
};

export const devices_refused_count = /** @type {(inputs: Devices_Refused_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} med avvisade meddelanden`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} med avvisade meddelanden`);
	return /** @type {LocalizedString} */ ("devices_refused_count");
};

export const devices_refused_short = /** @type {(inputs: Devices_Refused_ShortInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} avvisat`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} avvisade`);
	return /** @type {LocalizedString} */ ("devices_refused_short");
};

export const devices_restore_explain = /** @type {(inputs: Devices_Restore_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheten får en ny hemlighet, som visas en gång; den gamla förblir ogiltig. Återställ den bara när den är tillbaka i säkra händer.`)
};

export const devices_restore_named = /** @type {(inputs: Devices_Restore_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Återställ ${i?.device}`)
};

export const devices_restore_step = /** @type {(inputs: Devices_Restore_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återställ…`)
};

export const devices_restored_label = /** @type {(inputs: Devices_Restored_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} är återställd: dess nya hemlighet`)
};

export const devices_restored_warning = /** @type {(inputs: Devices_Restored_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheten kan logga in igen med den här hemligheten (dess MQTT-lösenord), och ingen annan. Ge den till enheten nu: den visas inte igen.`)
};

export const devices_revoke_explain = /** @type {(inputs: Devices_Revoke_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheten kopplas bort och kan inte logga in igen förrän en administratör återställer den (historiken finns kvar). Använd detta för en förlorad eller stulen enhet.`)
};

export const devices_revoke_named = /** @type {(inputs: Devices_Revoke_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Återkalla ${i?.device}`)
};

export const devices_revoke_step = /** @type {(inputs: Devices_Revoke_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkalla…`)
};

export const devices_revoked_done = /** @type {(inputs: Devices_Revoked_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkallad: enheten kopplades bort och kan inte längre logga in. Dess historik finns kvar.`)
};

export const devices_revoked_until_admin = /** @type {(inputs: Devices_Revoked_Until_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkallad: den förblir så tills en administratör återställer den.`)
};

export const devices_rotate_explain = /** @type {(inputs: Devices_Rotate_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En ny hemlighet skapas och visas en gång; den nuvarande slutar fungera direkt och enheten är bortkopplad tills den får den nya.`)
};

export const devices_rotate_now = /** @type {(inputs: Devices_Rotate_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Byt hemligheten nu`)
};

export const devices_rotate_step = /** @type {(inputs: Devices_Rotate_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Byt hemlighet…`)
};

export const devices_rotated_warning = /** @type {(inputs: Devices_Rotated_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den gamla hemligheten fungerar inte längre och enheten kopplades bort. Ge enheten den här hemligheten (dess MQTT-lösenord) nu: den visas inte igen.`)
};

export const devices_scope_any = /** @type {(inputs: Devices_Scope_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checkar in vid alla kontrollpunkter på platsen och åtgärdar all utrustning som lagts upp där.`)
};

export const devices_scope_any_resolves = /** @type {(inputs: Devices_Scope_Any_ResolvesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Checkar in vid alla kontrollpunkter på platsen; åtgärdar ${i?.assets}.`)
};

export const devices_scope_none = /** @type {(inputs: Devices_Scope_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Betjänar ingen kontrollpunkt: den rapporterar bara.`)
};

export const devices_scope_sensor_any = /** @type {(inputs: Devices_Scope_Sensor_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bevakar inget namngivet: den får skicka status om, och åtgärda, all utrustning som lagts upp på platsen.`)
};

export const devices_scope_sensor_watches = /** @type {(inputs: Devices_Scope_Sensor_WatchesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bevakar ${i?.assets}: den får skicka status om dessa och åtgärda dem.`)
};

export const devices_scope_serves = /** @type {(inputs: Devices_Scope_ServesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Betjänar ${i?.checkpoints}: den checkar in där och åtgärdar deras utrustning.`)
};

export const devices_scope_serves_also = /** @type {(inputs: Devices_Scope_Serves_AlsoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Betjänar ${i?.checkpoints}: den checkar in där och åtgärdar deras utrustning, och ${i?.assets}.`)
};

export const devices_show = /** @type {(inputs: Devices_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visa`)
};

export const devices_state_any = /** @type {(inputs: Devices_State_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`online och offline`)
};

export const devices_state_offline = /** @type {(inputs: Devices_State_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`offline`)
};

export const devices_state_online = /** @type {(inputs: Devices_State_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`online`)
};

export const devices_state_revoked = /** @type {(inputs: Devices_State_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`återkallad`)
};

export const devices_stored_count = /** @type {(inputs: Devices_Stored_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} meddelande sparat`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} meddelanden sparade`);
	return /** @type {LocalizedString} */ ("devices_stored_count");
};

export const devices_tab = /** @type {(inputs: Devices_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Enheter`)
};

export const devices_title = /** @type {(inputs: Devices_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheter`)
};

export const devices_which = /** @type {(inputs: Devices_WhichInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vilken enhet? Öppna den från listan och försök igen.`)
};

export const email_assigned_headline = /** @type {(inputs: Email_Assigned_HeadlineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ${i?.by} har tilldelat det här felet till ${i?.whom}.`)
};

export const email_assigned_subject = /** @type {(inputs: Email_Assigned_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tilldelat ${i?.whom}`)
};

export const email_attention_headline = /** @type {(inputs: Email_Attention_HeadlineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ett nytt fel behöver någon (${i?.by}).`)
};

export const email_attention_subject = /** @type {(inputs: Email_Attention_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Behöver uppmärksamhet`)
};

export const email_by_assignment_rule = /** @type {(inputs: Email_By_Assignment_RuleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tilldelningsregel ${i?.id}`)
};

export const email_by_rule = /** @type {(inputs: Email_By_RuleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`regeln ”${i?.name}”`)
};

export const email_customers_see = /** @type {(inputs: Email_Customers_SeeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.asset} (kunderna ser det)`)
};

export const email_escalated_headline = /** @type {(inputs: Email_Escalated_HeadlineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ingen har kvitterat det här felet ännu: ${i?.by} eskalerar det till dig.`)
};

export const email_escalated_subject = /** @type {(inputs: Email_Escalated_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eskalerat till dig`)
};

export const email_fact_asset = /** @type {(inputs: Email_Fact_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utrustning`)
};

export const email_fact_assigned_by = /** @type {(inputs: Email_Fact_Assigned_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldelat av`)
};

export const email_fact_channel = /** @type {(inputs: Email_Fact_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal`)
};

export const email_fact_defect = /** @type {(inputs: Email_Fact_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel`)
};

export const email_fact_due = /** @type {(inputs: Email_Fact_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Senast`)
};

export const email_fact_fault = /** @type {(inputs: Email_Fact_FaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feltyp`)
};

export const email_fact_found_by = /** @type {(inputs: Email_Fact_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hittat av`)
};

export const email_fact_opened = /** @type {(inputs: Email_Fact_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppnat`)
};

export const email_fact_rule = /** @type {(inputs: Email_Fact_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regel`)
};

export const email_fact_sent = /** @type {(inputs: Email_Fact_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skickat`)
};

export const email_fact_severity = /** @type {(inputs: Email_Fact_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Allvarlighet`)
};

export const email_fact_site = /** @type {(inputs: Email_Fact_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats`)
};

export const email_fact_zone = /** @type {(inputs: Email_Fact_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zon`)
};

export const email_fixed_intro = /** @type {(inputs: Email_Fixed_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Felet du anmälde på ${i?.site} är åtgärdat.`)
};

export const email_fixed_only = /** @type {(inputs: Email_Fixed_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det här är det enda mejlet du får om det: din adress har raderats.`)
};

export const email_fixed_reference = /** @type {(inputs: Email_Fixed_ReferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Referens`)
};

export const email_fixed_subject = /** @type {(inputs: Email_Fixed_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Åtgärdat: ${i?.fault}, ${i?.asset} på ${i?.site} (${i?.reference})`)
};

export const email_fixed_thanks = /** @type {(inputs: Email_Fixed_ThanksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tack för att du hörde av dig.`)
};

export const email_fixed_what = /** @type {(inputs: Email_Fixed_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vad`)
};

export const email_fixed_when = /** @type {(inputs: Email_Fixed_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtgärdat`)
};

export const email_fixed_where = /** @type {(inputs: Email_Fixed_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Var`)
};

export const email_headline_escalated = /** @type {(inputs: Email_Headline_EscalatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Inte kvitterat ännu: eskalerat till nivå ${i?.level} av ${i?.of} (${i?.name})`)
};

export const email_headline_new = /** @type {(inputs: Email_Headline_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ett fel (${i?.severity}) behöver någon (nivå ${i?.level} av ${i?.of}: ${i?.name})`)
};

export const email_notice_subject = /** @type {(inputs: Email_Notice_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}: ${i?.fault} (${i?.severity}), ${i?.asset} (${i?.zone}, ${i?.site})`)
};

export const email_open = /** @type {(inputs: Email_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppna i Bulb Check`)
};

export const email_open_defect = /** @type {(inputs: Email_Open_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppna felet`)
};

export const email_sent_by = /** @type {(inputs: Email_Sent_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skickat av Bulb Check.`)
};

export const email_subject_escalated = /** @type {(inputs: Email_Subject_EscalatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Eskalerat fel (${i?.severity}) på ${i?.site}: ${i?.title}`)
};

export const email_subject_new = /** @type {(inputs: Email_Subject_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nytt fel (${i?.severity}) på ${i?.site}: ${i?.title}`)
};

export const email_test_headline = /** @type {(inputs: Email_Test_HeadlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det här är ett testmeddelande: kanalen fungerar.`)
};

export const email_test_subject = /** @type {(inputs: Email_Test_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Test från Bulb Check: ${i?.channel}`)
};

export const email_to_team_managers = /** @type {(inputs: Email_To_Team_ManagersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ditt team (chefer på ${i?.site})`)
};

export const email_to_team_staff = /** @type {(inputs: Email_To_Team_StaffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ditt team (personal på ${i?.site})`)
};

export const email_to_you = /** @type {(inputs: Email_To_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dig`)
};

export const email_why_you = /** @type {(inputs: Email_Why_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skickat av Bulb Check: du får det här eftersom du är användare där med den här e-postadressen.`)
};

export const errors_already_acknowledged = /** @type {(inputs: Errors_Already_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det är redan kvitterat.`)
};

export const errors_already_assigned = /** @type {(inputs: Errors_Already_AssignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det är redan tilldelat dem.`)
};

export const errors_already_on_hold = /** @type {(inputs: Errors_Already_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det är redan pausat av det skälet till den tiden.`)
};

export const errors_already_resolved = /** @type {(inputs: Errors_Already_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det är redan åtgärdat.`)
};

export const errors_asset_retired = /** @type {(inputs: Errors_Asset_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den här är pensionerad. Återställ den under Inställningar för att rapportera om den.`)
};

export const errors_back_defects = /** @type {(inputs: Errors_Back_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se alla fel`)
};

export const errors_back_overview = /** @type {(inputs: Errors_Back_OverviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tillbaka till översikten`)
};

export const errors_back_sites = /** @type {(inputs: Errors_Back_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se dina platser`)
};

export const errors_bad_credentials = /** @type {(inputs: Errors_Bad_CredentialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Användarnamnet och lösenordet stämmer inte. Kontrollera dem och försök igen.`)
};

export const errors_busy = /** @type {(inputs: Errors_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check är upptaget med en annan ändring. Försök igen om en stund.`)
};

export const errors_check_form = /** @type {(inputs: Errors_Check_FormInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Något i formuläret stämmer inte. Kontrollera det och försök igen.`)
};

export const errors_clear_filters = /** @type {(inputs: Errors_Clear_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rensa filtren`)
};

export const errors_conflict = /** @type {(inputs: Errors_ConflictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Någon ändrade det samtidigt. Ladda om sidan och försök igen.`)
};

export const errors_device_revoked = /** @type {(inputs: Errors_Device_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den här enheten är återkallad: en ny hemlighet tar inte tillbaka den. En administratör kan återställa den.`)
};

export const errors_due_in_past = /** @type {(inputs: Errors_Due_In_PastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den tiden har passerat: välj en senare.`)
};

export const errors_field_assignee = /** @type {(inputs: Errors_Field_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldelad`)
};

export const errors_field_category = /** @type {(inputs: Errors_Field_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const errors_field_cause = /** @type {(inputs: Errors_Field_CauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Orsak`)
};

export const errors_field_due = /** @type {(inputs: Errors_Field_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Senast`)
};

export const errors_field_email = /** @type {(inputs: Errors_Field_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-post`)
};

export const errors_field_from = /** @type {(inputs: Errors_Field_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Från`)
};

export const errors_field_id = /** @type {(inputs: Errors_Field_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nummer`)
};

export const errors_field_invalid = /** @type {(inputs: Errors_Field_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} är inte ett värde som sidan känner till: välj ett i listan.`)
};

export const errors_field_language = /** @type {(inputs: Errors_Field_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Språk`)
};

export const errors_field_missing = /** @type {(inputs: Errors_Field_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} saknas: fyll i det.`)
};

export const errors_field_name = /** @type {(inputs: Errors_Field_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Namn`)
};

export const errors_field_not_number = /** @type {(inputs: Errors_Field_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} måste vara ett tal.`)
};

export const errors_field_note = /** @type {(inputs: Errors_Field_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anteckning`)
};

export const errors_field_other = /** @type {(inputs: Errors_Field_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ett värde`)
};

export const errors_field_page = /** @type {(inputs: Errors_Field_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sida`)
};

export const errors_field_password = /** @type {(inputs: Errors_Field_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lösenord`)
};

export const errors_field_phone = /** @type {(inputs: Errors_Field_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefon`)
};

export const errors_field_reason = /** @type {(inputs: Errors_Field_ReasonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skäl`)
};

export const errors_field_search = /** @type {(inputs: Errors_Field_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sökning`)
};

export const errors_field_severity = /** @type {(inputs: Errors_Field_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Allvarlighetsgrad`)
};

export const errors_field_site = /** @type {(inputs: Errors_Field_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats`)
};

export const errors_field_sort = /** @type {(inputs: Errors_Field_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sortering`)
};

export const errors_field_source = /** @type {(inputs: Errors_Field_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hittat av`)
};

export const errors_field_status = /** @type {(inputs: Errors_Field_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const errors_field_to = /** @type {(inputs: Errors_Field_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Till`)
};

export const errors_field_too_long = /** @type {(inputs: Errors_Field_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} är för långt: korta det.`)
};

export const errors_field_too_short = /** @type {(inputs: Errors_Field_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} är för kort.`)
};

export const errors_field_username = /** @type {(inputs: Errors_Field_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Användarnamn`)
};

export const errors_filter_unknown = /** @type {(inputs: Errors_Filter_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Adressen ber om ${i?.field} ”${i?.value}”, som den här sidan inte känner till.`)
};

export const errors_forbidden = /** @type {(inputs: Errors_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din roll får inte göra det. Fråga en chef eller en administratör om du behöver det.`)
};

export const errors_guest_sorry = /** @type {(inputs: Errors_Guest_SorryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tyvärr`)
};

export const errors_guest_title = /** @type {(inputs: Errors_Guest_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmäl ett problem`)
};

export const errors_has_history = /** @type {(inputs: Errors_Has_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den har en historik med fel eller händelser, och en radering skulle tappa den: pensionera den i stället, så behålls historiken.`)
};

export const errors_invalid_assignee = /** @type {(inputs: Errors_Invalid_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De kan inte arbeta med fel på den här platsen: välj någon annan.`)
};

export const errors_invalid_cause = /** @type {(inputs: Errors_Invalid_CauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj i listan vad som åtgärdade det.`)
};

export const errors_last_admin = /** @type {(inputs: Errors_Last_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det här är den sista aktiva administratören. Gör någon annan till administratör först.`)
};

export const errors_no_such_defect = /** @type {(inputs: Errors_No_Such_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det finns inget sådant fel på dina platser.`)
};

export const errors_not_found = /** @type {(inputs: Errors_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det finns inte, eller så har du inte behörighet att se det. Gå tillbaka och välj igen.`)
};

export const errors_not_resolved = /** @type {(inputs: Errors_Not_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det är inte åtgärdat, så det finns inget att öppna igen.`)
};

export const errors_open_duplicate = /** @type {(inputs: Errors_Open_DuplicateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Samma fel är öppet på den här utrustningen igen: arbeta med det i stället.`)
};

export const errors_photo_already_attached = /** @type {(inputs: Errors_Photo_Already_AttachedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den bilden finns redan på det här felet.`)
};

export const errors_rate_limited = /** @type {(inputs: Errors_Rate_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`För många försök på kort tid. Vänta en minut och försök igen.`)
};

export const errors_rate_limited_seconds = /** @type {(inputs: Errors_Rate_Limited_SecondsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`För många försök på kort tid. Vänta ${i?.count} sekund och försök igen.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`För många försök på kort tid. Vänta ${i?.count} sekunder och försök igen.`);
	return /** @type {LocalizedString} */ ("errors_rate_limited_seconds");
};

export const errors_retired_parent = /** @type {(inputs: Errors_Retired_ParentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den platsen är pensionerad. Återställ den först, eller välj en annan.`)
};

export const errors_session_ended = /** @type {(inputs: Errors_Session_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din session har avslutats. Logga in igen.`)
};

export const errors_site_being_removed = /** @type {(inputs: Errors_Site_Being_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den här platsen tas bort med demokedjan. Försök igen när det är klart.`)
};

export const errors_something_wrong = /** @type {(inputs: Errors_Something_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Något gick fel hos oss. Försök igen; händer det igen, säg till din administratör.`)
};

export const errors_title_400 = /** @type {(inputs: Errors_Title_400Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Något i adressen stämmer inte`)
};

export const errors_title_403 = /** @type {(inputs: Errors_Title_403Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inte för din roll`)
};

export const errors_title_404 = /** @type {(inputs: Errors_Title_404Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hittades inte`)
};

export const errors_title_429 = /** @type {(inputs: Errors_Title_429Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`För många försök`)
};

export const errors_title_503 = /** @type {(inputs: Errors_Title_503Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tjänsten svarar inte`)
};

export const errors_title_other = /** @type {(inputs: Errors_Title_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Något gick fel`)
};

export const errors_too_large = /** @type {(inputs: Errors_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filen är för stor. Välj en mindre fil.`)
};

export const errors_try_again = /** @type {(inputs: Errors_Try_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Försök igen.`)
};

export const errors_try_later = /** @type {(inputs: Errors_Try_LaterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Försök igen senare.`)
};

export const errors_unavailable = /** @type {(inputs: Errors_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check-tjänsten svarar inte just nu. Försök igen om en minut.`)
};

export const errors_undo_by_other = /** @type {(inputs: Errors_Undo_By_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bara den som åtgärdade det kan ångra. Öppna det igen i stället.`)
};

export const errors_undo_expired = /** @type {(inputs: Errors_Undo_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`För sent att ångra. Öppna det igen i stället.`)
};

export const errors_unknown_defect = /** @type {(inputs: Errors_Unknown_DefectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fel ${i?.id} finns inte, eller så har du inte behörighet att se det.`)
};

export const errors_unknown_device = /** @type {(inputs: Errors_Unknown_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Det finns ingen enhet ”${i?.id}”, eller så har du inte behörighet att se den.`)
};

export const errors_unknown_page = /** @type {(inputs: Errors_Unknown_PageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Det finns ingen sida på ${i?.path}.`)
};

export const errors_unknown_photo = /** @type {(inputs: Errors_Unknown_PhotoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bild ${i?.id} finns inte, eller så har du inte behörighet att se den.`)
};

export const errors_unknown_site = /** @type {(inputs: Errors_Unknown_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Det finns ingen plats som heter ”${i?.site}”, eller så har du inte behörighet att se den.`)
};

export const errors_unsupported_media = /** @type {(inputs: Errors_Unsupported_MediaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den filtypen kan inte användas här. Välj en bild (JPEG, PNG eller WebP).`)
};

export const errors_username_taken = /** @type {(inputs: Errors_Username_TakenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det användarnamnet är upptaget. Välj ett annat.`)
};

export const errors_wrong_password = /** @type {(inputs: Errors_Wrong_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ditt nuvarande lösenord är fel. Skriv det igen.`)
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

export const insights_ack_median = /** @type {(inputs: Insights_Ack_MedianInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Median till kvittering`)
};

export const insights_ack_p90 = /** @type {(inputs: Insights_Ack_P90Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`90:e percentil till kvittering`)
};

export const insights_after_round = /** @type {(inputs: Insights_After_RoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Efter en godkänd runda`)
};

export const insights_after_round_hint = /** @type {(inputs: Insights_After_Round_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En sensor såg felet minuter efter att en runda godkänt utrustningen`)
};

export const insights_asset = /** @type {(inputs: Insights_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utrustning`)
};

export const insights_by_category = /** @type {(inputs: Insights_By_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Efter kategori`)
};

export const insights_category = /** @type {(inputs: Insights_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const insights_caught = /** @type {(inputs: Insights_CaughtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Upptäckta före kunderna`)
};

export const insights_caught_share = /** @type {(inputs: Insights_Caught_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`av felen på utrustning som kunderna ser upptäcktes innan en kund anmälde dem (av en sensor eller av personalen).`)
};

export const insights_cell = /** @type {(inputs: Insights_CellInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.weekday} ${i?.hour}: ${i?.count}`)
};

export const insights_chain = /** @type {(inputs: Insights_ChainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla platser`)
};

export const insights_checkins = /** @type {(inputs: Insights_CheckinsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Incheckningar av personalen`)
};

export const insights_checks_per_day = /** @type {(inputs: Insights_Checks_Per_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontroller per dag`)
};

export const insights_compare = /** @type {(inputs: Insights_CompareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Så står sig platserna mot varandra`)
};

export const insights_csv_minutes = /** @type {(inputs: Insights_Csv_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} (minuter)`)
};

export const insights_csv_refused = /** @type {(inputs: Insights_Csv_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det finns ingen sådan tabell att ladda ner: välj en på sidan med insikter.`)
};

export const insights_csv_share = /** @type {(inputs: Insights_Csv_ShareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} (andel 0-1)`)
};

export const insights_cv = /** @type {(inputs: Insights_CvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Variationskoefficient`)
};

export const insights_cv_alike = /** @type {(inputs: Insights_Cv_AlikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`platserna är mycket lika`)
};

export const insights_cv_apart = /** @type {(inputs: Insights_Cv_ApartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`platserna skiljer sig mycket åt`)
};

export const insights_cv_none = /** @type {(inputs: Insights_Cv_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla platser står på noll här.`)
};

export const insights_cv_some = /** @type {(inputs: Insights_Cv_SomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`platserna skiljer sig något åt`)
};

export const insights_day = /** @type {(inputs: Insights_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dag`)
};

export const insights_defects = /** @type {(inputs: Insights_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel`)
};

export const insights_download_csv = /** @type {(inputs: Insights_Download_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ladda ner CSV`)
};

export const insights_far_above = /** @type {(inputs: Insights_Far_AboveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Långt över`)
};

export const insights_far_below = /** @type {(inputs: Insights_Far_BelowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Långt under`)
};

export const insights_finder = /** @type {(inputs: Insights_FinderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hittades först av`)
};

export const insights_finders = /** @type {(inputs: Insights_FindersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vem som hittade dem först`)
};

export const insights_hour = /** @type {(inputs: Insights_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Timme`)
};

export const insights_iqr = /** @type {(inputs: Insights_IqrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvartilavstånd`)
};

export const insights_last_days = /** @type {(inputs: Insights_Last_DaysInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`senaste ${i?.count} dagen`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`senaste ${i?.count} dagarna`);
	return /** @type {LocalizedString} */ ("insights_last_days");
};

export const insights_measure = /** @type {(inputs: Insights_MeasureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mått`)
};

export const insights_measure_caughtbeforecustomers2 = /** @type {(inputs: Insights_Measure_Caughtbeforecustomers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Upptäckta före kunderna`)
};

export const insights_measure_minutestoacknowledge2 = /** @type {(inputs: Insights_Measure_Minutestoacknowledge2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tid till kvittering (varje plats median)`)
};

export const insights_measure_minutestoresolve2 = /** @type {(inputs: Insights_Measure_Minutestoresolve2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tid till lösning (varje plats median)`)
};

export const insights_measure_openedpersite2 = /** @type {(inputs: Insights_Measure_Openedpersite2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel öppnade per plats`)
};

export const insights_measure_repeatfailures1 = /** @type {(inputs: Insights_Measure_Repeatfailures1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkommande fel per plats`)
};

export const insights_median = /** @type {(inputs: Insights_MedianInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Median`)
};

export const insights_median_p90 = /** @type {(inputs: Insights_Median_P90Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`median ${i?.median}, 90 % inom ${i?.p90}`)
};

export const insights_opened = /** @type {(inputs: Insights_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppnade`)
};

export const insights_per_day = /** @type {(inputs: Insights_Per_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel öppnade och lösta per dag`)
};

export const insights_per_day_note = /** @type {(inputs: Insights_Per_Day_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dygn enligt varje plats egen klocka.`)
};

export const insights_q1 = /** @type {(inputs: Insights_Q1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nedre kvartil`)
};

export const insights_q3 = /** @type {(inputs: Insights_Q3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Övre kvartil`)
};

export const insights_readings = /** @type {(inputs: Insights_ReadingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensoravläsningar`)
};

export const insights_repeat_failures = /** @type {(inputs: Insights_Repeat_FailuresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkommande fel`)
};

export const insights_repeats = /** @type {(inputs: Insights_RepeatsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkommande fel per utrustning`)
};

export const insights_repeats_none = /** @type {(inputs: Insights_Repeats_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga återkommande fel under perioden.`)
};

export const insights_repeats_note = /** @type {(inputs: Insights_Repeats_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel som kom tillbaka efter en lagning som inte höll.`)
};

export const insights_resolve_median = /** @type {(inputs: Insights_Resolve_MedianInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Median till lösning`)
};

export const insights_resolve_p90 = /** @type {(inputs: Insights_Resolve_P90Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`90:e percentil till lösning`)
};

export const insights_resolved = /** @type {(inputs: Insights_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lösta`)
};

export const insights_sensor_suspects = /** @type {(inputs: Insights_Sensor_SuspectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensorn kan ha fel`)
};

export const insights_sensor_suspects_hint = /** @type {(inputs: Insights_Sensor_Suspects_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En person anmälde ett fel som en sensor sa inte fanns`)
};

export const insights_show = /** @type {(inputs: Insights_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visa`)
};

export const insights_show_table = /** @type {(inputs: Insights_Show_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visa som tabell`)
};

export const insights_site = /** @type {(inputs: Insights_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats`)
};

export const insights_source_customer = /** @type {(inputs: Insights_Source_CustomerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kund`)
};

export const insights_source_sensor = /** @type {(inputs: Insights_Source_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensor`)
};

export const insights_source_staff = /** @type {(inputs: Insights_Source_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personal`)
};

export const insights_spread_cv = /** @type {(inputs: Insights_Spread_CvInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Variationskoefficient ${i?.cv}: ${i?.judgement}.`)
};

export const insights_spread_empty = /** @type {(inputs: Insights_Spread_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Platserna kan jämföras när två eller fler av dem har fel under perioden.`)
};

export const insights_spread_high = /** @type {(inputs: Insights_Spread_HighInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Långt över de andra, och drar isär kedjan: ${i?.sites}.`)
};

export const insights_spread_iqr = /** @type {(inputs: Insights_Spread_IqrInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Den mittersta hälften av platserna ligger mellan ${i?.low} och ${i?.high}: ett spann på ${i?.range}.`)
};

export const insights_spread_low = /** @type {(inputs: Insights_Spread_LowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Långt under de andra, och drar isär kedjan: ${i?.sites}.`)
};

export const insights_spread_none = /** @type {(inputs: Insights_Spread_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen plats ligger långt ifrån de andra.`)
};

export const insights_spread_title = /** @type {(inputs: Insights_Spread_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spridning mellan platserna`)
};

export const insights_spread_why = /** @type {(inputs: Insights_Spread_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kedjorna med bäst rykte varierar minst från plats till plats: en gäst ska mötas av samma omsorg var den än är. Ju mindre spridning, desto mer lika är era platser.`)
};

export const insights_times = /** @type {(inputs: Insights_TimesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tid till kvittering och till lösning, per plats`)
};

export const insights_times_note = /** @type {(inputs: Insights_Times_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Medianen: hälften av felen kvitterades (eller löstes) snabbare än så. 90:e percentilen: nio av tio gick snabbare.`)
};

export const insights_title = /** @type {(inputs: Insights_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Insikter`)
};

export const insights_to_ack = /** @type {(inputs: Insights_To_AckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Till kvittering`)
};

export const insights_to_resolve = /** @type {(inputs: Insights_To_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Till lösning`)
};

export const insights_weekday = /** @type {(inputs: Insights_WeekdayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Veckodag`)
};

export const insights_when = /** @type {(inputs: Insights_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`När felen uppstår`)
};

export const insights_when_note = /** @type {(inputs: Insights_When_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel öppnade efter timme och veckodag, vart och ett räknat efter klockan på sin egen plats.`)
};

export const insights_window = /** @type {(inputs: Insights_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Period`)
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

export const layout_nav_admin = /** @type {(inputs: Layout_Nav_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Administration`)
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

export const overview_all_fine = /** @type {(inputs: Overview_All_FineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} utan anmärkning`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} utan anmärkning`);
	return /** @type {LocalizedString} */ ("overview_all_fine");
};

export const overview_demo_tag = /** @type {(inputs: Overview_Demo_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo`)
};

export const overview_demo_tag_title = /** @type {(inputs: Overview_Demo_Tag_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En plats i den simulerade demokedjan`)
};

export const overview_need_action = /** @type {(inputs: Overview_Need_ActionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} kräver åtgärd`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} kräver åtgärd`);
	return /** @type {LocalizedString} */ ("overview_need_action");
};

export const overview_news = /** @type {(inputs: Overview_NewsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.severity} ${i?.fault} · ${i?.asset}`)
};

export const overview_news_customer = /** @type {(inputs: Overview_News_CustomerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.severity} ${i?.fault} · ${i?.asset} (rapporterat av en kund)`)
};

export const overview_no_sites = /** @type {(inputs: Overview_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga platser ännu. Lägg upp dem under Inställningar, importera en flottfil eller börja med demokedjan (pnpm start).`)
};

export const overview_summary = /** @type {(inputs: Overview_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.sites}: ${i?.needAction}, ${i?.withOpen}, ${i?.allFine}.`)
};

export const overview_tab = /** @type {(inputs: Overview_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Översikt`)
};

export const overview_tile_checks = /** @type {(inputs: Overview_Tile_ChecksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontroller i tid`)
};

export const overview_tile_devices_off = /** @type {(inputs: Overview_Tile_Devices_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheter offline`)
};

export const overview_tile_high = /** @type {(inputs: Overview_Tile_HighInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hög`)
};

export const overview_tile_more = /** @type {(inputs: Overview_Tile_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} till`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} till`);
	return /** @type {LocalizedString} */ ("overview_tile_more");
};

export const overview_tile_new = /** @type {(inputs: Overview_Tile_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny`)
};

export const overview_tile_now = /** @type {(inputs: Overview_Tile_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nu`)
};

export const overview_tile_oldest = /** @type {(inputs: Overview_Tile_OldestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Äldsta`)
};

export const overview_tile_open = /** @type {(inputs: Overview_Tile_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppna`)
};

export const overview_tile_overdue = /** @type {(inputs: Overview_Tile_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Försenade`)
};

export const overview_tile_overdue_tag = /** @type {(inputs: Overview_Tile_Overdue_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`försenad`)
};

export const overview_tile_worst = /** @type {(inputs: Overview_Tile_WorstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Värsta öppna fel`)
};

export const overview_title = /** @type {(inputs: Overview_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla platser`)
};

export const overview_with_open = /** @type {(inputs: Overview_With_OpenInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} har öppna fel`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} har öppna fel`);
	return /** @type {LocalizedString} */ ("overview_with_open");
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

export const reports_all_sites = /** @type {(inputs: Reports_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla mina platser`)
};

export const reports_caught = /** @type {(inputs: Reports_CaughtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Upptäckt före kunderna: ${i?.share} av felen kunderna ser`)
};

export const reports_caught_short = /** @type {(inputs: Reports_Caught_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Upptäckt före kunderna: ${i?.share}`)
};

export const reports_col_defect = /** @type {(inputs: Reports_Col_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel`)
};

export const reports_col_found_by = /** @type {(inputs: Reports_Col_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hittat av`)
};

export const reports_col_open_for = /** @type {(inputs: Reports_Col_Open_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppet i`)
};

export const reports_col_opened = /** @type {(inputs: Reports_Col_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppnat`)
};

export const reports_col_severity = /** @type {(inputs: Reports_Col_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Allvarlighet`)
};

export const reports_col_state = /** @type {(inputs: Reports_Col_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const reports_day_hint = /** @type {(inputs: Reports_Day_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen dag: i går, i varje plats tidszon.`)
};

export const reports_day_label = /** @type {(inputs: Reports_Day_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dag`)
};

export const reports_defect_line = /** @type {(inputs: Reports_Defect_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`#${i?.id} ${i?.fault} (${i?.severity}): ${i?.asset} (${i?.zone}), öppnat ${i?.opened} av ${i?.who}, ${i?.status}, ${i?.open_for}`)
};

export const reports_export_audit = /** @type {(inputs: Reports_Export_AuditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Granskningslogg`)
};

export const reports_export_audit_text = /** @type {(inputs: Reports_Export_Audit_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varje ändring gjord genom Bulb Check: vem, vad och när.`)
};

export const reports_export_backwards = /** @type {(inputs: Reports_Export_BackwardsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`”Från” är efter ”Till”: byt plats på dem.`)
};

export const reports_export_choose = /** @type {(inputs: Reports_Export_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj vad som ska exporteras och formatet.`)
};

export const reports_export_columns = /** @type {(inputs: Reports_Export_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kolumner i den här filen`)
};

export const reports_export_columns_note = /** @type {(inputs: Reports_Export_Columns_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tider är ISO 8601 i UTC. Filen skrivs medan den laddas ned: en stor fil visar förloppet i webbläsarens nedladdningar.`)
};

export const reports_export_csv = /** @type {(inputs: Reports_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSV, för Excel, Numbers eller LibreOffice`)
};

export const reports_export_defects = /** @type {(inputs: Reports_Export_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel`)
};

export const reports_export_defects_text = /** @type {(inputs: Reports_Export_Defects_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla fel som öppnades under perioden: var, vad, hur allvarligt, vem som hittade det, när det kvitterades och åtgärdades.`)
};

export const reports_export_download = /** @type {(inputs: Reports_Export_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ladda ned`)
};

export const reports_export_events = /** @type {(inputs: Reports_Export_EventsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhetshändelser`)
};

export const reports_export_events_text = /** @type {(inputs: Reports_Export_Events_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det som sensorerna och knapparna skickade som gjorde något, så som det sparats, så länge händelser sparas (90 dagar om inte er administratör har satt BULBCHECK_RETENTION_DAYS). Sensorernas rutinmässiga ”allt ok”-meddelanden räknas i stället per dag under Insikter. Stor: en plats skickar tusentals om dagen.`)
};

export const reports_export_format = /** @type {(inputs: Reports_Export_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Format`)
};

export const reports_export_from = /** @type {(inputs: Reports_Export_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Från`)
};

export const reports_export_inspections = /** @type {(inputs: Reports_Export_InspectionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Incheckningar`)
};

export const reports_export_inspections_text = /** @type {(inputs: Reports_Export_Inspections_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varje incheckning vid en kontrollpunkt: när, vem, vad de hittade och om den var i tid.`)
};

export const reports_export_intro = /** @type {(inputs: Reports_Export_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ta ut dina data: till en kvartalsrapport i ett kalkylark eller till ett annat system. Filen omfattar bara de platser du ser.`)
};

export const reports_export_jsonl = /** @type {(inputs: Reports_Export_JsonlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`JSON-rader, för program`)
};

export const reports_export_last_30 = /** @type {(inputs: Reports_Export_Last_30Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Senaste 30 dagarna`)
};

export const reports_export_last_quarter = /** @type {(inputs: Reports_Export_Last_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Förra kvartalet`)
};

export const reports_export_no_site = /** @type {(inputs: Reports_Export_No_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen plats`)
};

export const reports_export_none_ticked = /** @type {(inputs: Reports_Export_None_TickedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Ingen markerad: din ${i?.count} plats.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Ingen markerad: alla dina ${i?.count} platser.`);
	return /** @type {LocalizedString} */ ("reports_export_none_ticked");
};

export const reports_export_only_site = /** @type {(inputs: Reports_Export_Only_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.site}: den enda platsen du ser.`)
};

export const reports_export_period = /** @type {(inputs: Reports_Export_PeriodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Period`)
};

export const reports_export_problem = /** @type {(inputs: Reports_Export_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Exporten kunde inte starta: ${i?.problem}`)
};

export const reports_export_sites = /** @type {(inputs: Reports_Export_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Platser`)
};

export const reports_export_tab = /** @type {(inputs: Reports_Export_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Export`)
};

export const reports_export_this_year = /** @type {(inputs: Reports_Export_This_YearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`I år`)
};

export const reports_export_timeline = /** @type {(inputs: Reports_Export_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Felförlopp`)
};

export const reports_export_timeline_text = /** @type {(inputs: Reports_Export_Timeline_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varje steg i dessa fel, en rad per steg: öppnat, rapporterat igen, kvitterat, åtgärdat, av vem.`)
};

export const reports_export_title = /** @type {(inputs: Reports_Export_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export`)
};

export const reports_export_to = /** @type {(inputs: Reports_Export_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Till (inklusive)`)
};

export const reports_export_utc_days = /** @type {(inputs: Reports_Export_Utc_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dagar räknas i UTC.`)
};

export const reports_export_what = /** @type {(inputs: Reports_Export_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vad`)
};

export const reports_failed_count = /** @type {(inputs: Reports_Failed_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} fel uppstod`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} fel uppstod`);
	return /** @type {LocalizedString} */ ("reports_failed_count");
};

export const reports_failed_heading = /** @type {(inputs: Reports_Failed_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel som uppstod den dagen`)
};

export const reports_first_most = /** @type {(inputs: Reports_First_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Anmälde oftast först: ${i?.list}`)
};

export const reports_found_first = /** @type {(inputs: Reports_Found_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hittat först av: sensorer ${i?.sensor}, personal ${i?.staff}, kunder ${i?.customer}, Bulb Check ${i?.system}`)
};

export const reports_mail_title = /** @type {(inputs: Reports_Mail_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Daglig lamprapport ${i?.date}: ${i?.scope}`)
};

export const reports_no_sites = /** @type {(inputs: Reports_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga platser att rapportera om.`)
};

export const reports_none = /** @type {(inputs: Reports_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga.`)
};

export const reports_open_count = /** @type {(inputs: Reports_Open_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} fortfarande öppet`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} fortfarande öppna`);
	return /** @type {LocalizedString} */ ("reports_open_count");
};

export const reports_open_heading = /** @type {(inputs: Reports_Open_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fortfarande öppna`)
};

export const reports_overdue_checked = /** @type {(inputs: Reports_Overdue_CheckedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.zone}): försenad sedan ${i?.since}, inspekterad ${i?.checked}`)
};

export const reports_overdue_count = /** @type {(inputs: Reports_Overdue_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} försenad inspektion`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} försenade inspektioner`);
	return /** @type {LocalizedString} */ ("reports_overdue_count");
};

export const reports_overdue_heading = /** @type {(inputs: Reports_Overdue_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Försenade inspektioner`)
};

export const reports_overdue_unchecked = /** @type {(inputs: Reports_Overdue_UncheckedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.zone}): försenad sedan ${i?.since}, inte inspekterad ännu`)
};

export const reports_show = /** @type {(inputs: Reports_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visa`)
};

export const reports_site_label = /** @type {(inputs: Reports_Site_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats`)
};

export const reports_source_customer = /** @type {(inputs: Reports_Source_CustomerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kund`)
};

export const reports_source_sensor = /** @type {(inputs: Reports_Source_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sensor`)
};

export const reports_source_staff = /** @type {(inputs: Reports_Source_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`personal`)
};

export const reports_source_system = /** @type {(inputs: Reports_Source_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check`)
};

export const reports_status_acknowledged = /** @type {(inputs: Reports_Status_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kvitterat`)
};

export const reports_status_on_hold = /** @type {(inputs: Reports_Status_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pausat`)
};

export const reports_status_open = /** @type {(inputs: Reports_Status_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`öppet`)
};

export const reports_status_resolved = /** @type {(inputs: Reports_Status_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`åtgärdat`)
};

export const reports_title = /** @type {(inputs: Reports_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daglig lamprapport`)
};

export const setup_add_asset = /** @type {(inputs: Setup_Add_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lägg till objekt`)
};

export const setup_add_asset_to = /** @type {(inputs: Setup_Add_Asset_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lägg till ett objekt i ${i?.zone}`)
};

export const setup_add_assets_first = /** @type {(inputs: Setup_Add_Assets_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lägg till objekt först.`)
};

export const setup_add_checkpoint = /** @type {(inputs: Setup_Add_CheckpointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lägg till kontrollpunkt`)
};

export const setup_add_checkpoint_to = /** @type {(inputs: Setup_Add_Checkpoint_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lägg till en kontrollpunkt i ${i?.zone}`)
};

export const setup_add_device = /** @type {(inputs: Setup_Add_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lägg till enhet`)
};

export const setup_add_device_summary = /** @type {(inputs: Setup_Add_Device_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lägg till en enhet`)
};

export const setup_add_zone = /** @type {(inputs: Setup_Add_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lägg till zon`)
};

export const setup_add_zone_summary = /** @type {(inputs: Setup_Add_Zone_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lägg till en zon`)
};

export const setup_asg_add = /** @type {(inputs: Setup_Asg_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lägg till regel`)
};

export const setup_asg_added = /** @type {(inputs: Setup_Asg_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regeln är tillagd: nya avvikelser som matchar tilldelas som den säger.`)
};

export const setup_asg_all_of = /** @type {(inputs: Setup_Asg_All_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`allt inom ${i?.category}`)
};

export const setup_asg_bad_form = /** @type {(inputs: Setup_Asg_Bad_FormInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj platsen och kryssa bara för det som listorna erbjuder.`)
};

export const setup_asg_choose = /** @type {(inputs: Setup_Asg_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj`)
};

export const setup_asg_choose_option = /** @type {(inputs: Setup_Asg_Choose_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj …`)
};

export const setup_asg_choose_who = /** @type {(inputs: Setup_Asg_Choose_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj vem som får dem.`)
};

export const setup_asg_col_defects = /** @type {(inputs: Setup_Asg_Col_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avvikelser`)
};

export const setup_asg_col_go_to = /** @type {(inputs: Setup_Asg_Col_Go_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Går till`)
};

export const setup_asg_col_made = /** @type {(inputs: Setup_Asg_Col_MadeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skapad`)
};

export const setup_asg_col_zone = /** @type {(inputs: Setup_Asg_Col_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zon`)
};

export const setup_asg_delete = /** @type {(inputs: Setup_Asg_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ta bort`)
};

export const setup_asg_deleted = /** @type {(inputs: Setup_Asg_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regeln är borttagen. Avvikelser den tilldelade förblir tilldelade.`)
};

export const setup_asg_every_defect = /** @type {(inputs: Setup_Asg_Every_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alla avvikelser`)
};

export const setup_asg_every_zone = /** @type {(inputs: Setup_Asg_Every_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alla zoner`)
};

export const setup_asg_every_zone_of = /** @type {(inputs: Setup_Asg_Every_Zone_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alla zoner vid ${i?.site}`)
};

export const setup_asg_intro = /** @type {(inputs: Setup_Asg_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nya avvikelser som matchar en regel tilldelas när de öppnas, om ingen har tilldelat dem än: ”golvstädarna får smuts och spill”. En regel för en zon går före en för hela platsen.`)
};

export const setup_asg_made_by = /** @type {(inputs: Setup_Asg_Made_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.when} av ${i?.who}`)
};

export const setup_asg_new = /** @type {(inputs: Setup_Asg_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny regel`)
};

export const setup_asg_no_sites = /** @type {(inputs: Setup_Asg_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Du har inga platser att skapa regler för.`)
};

export const setup_asg_none = /** @type {(inputs: Setup_Asg_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga regler än: nya avvikelser väntar på att någon tilldelar eller tar dem.`)
};

export const setup_asg_people = /** @type {(inputs: Setup_Asg_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personer`)
};

export const setup_asg_teams = /** @type {(inputs: Setup_Asg_TeamsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Team`)
};

export const setup_asg_title = /** @type {(inputs: Setup_Asg_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldelningsregler`)
};

export const setup_asg_which = /** @type {(inputs: Setup_Asg_WhichInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vilka avvikelser`)
};

export const setup_asg_which_hint = /** @type {(inputs: Setup_Asg_Which_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(kryssa inte för något för alla avvikelser)`)
};

export const setup_asg_which_rule = /** @type {(inputs: Setup_Asg_Which_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den regeln finns inte i listan längre: ladda om sidan.`)
};

export const setup_asset_added = /** @type {(inputs: Setup_Asset_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Objektet ${i?.name} är tillagt.`)
};

export const setup_asset_placeholder = /** @type {(inputs: Setup_Asset_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anropsknapp, våning 12`)
};

export const setup_asset_saved = /** @type {(inputs: Setup_Asset_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Objektet ${i?.name} är sparat.`)
};

export const setup_assets_covered = /** @type {(inputs: Setup_Assets_CoveredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Objekt den täcker`)
};

export const setup_assignment_link = /** @type {(inputs: Setup_Assignment_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldelningsregler`)
};

export const setup_cancel = /** @type {(inputs: Setup_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avbryt`)
};

export const setup_category = /** @type {(inputs: Setup_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const setup_checkpoint_added = /** @type {(inputs: Setup_Checkpoint_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kontrollpunkten ${i?.name} är tillagd.`)
};

export const setup_checkpoint_placeholder = /** @type {(inputs: Setup_Checkpoint_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Morgonrunda`)
};

export const setup_checkpoint_saved = /** @type {(inputs: Setup_Checkpoint_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kontrollpunkten ${i?.name} är sparad.`)
};

export const setup_checkpoints = /** @type {(inputs: Setup_CheckpointsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrollpunkter`)
};

export const setup_checkpoints_hint = /** @type {(inputs: Setup_Checkpoints_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(en runda personalen checkar in vid med jämna mellanrum)`)
};

export const setup_col_checkpoints = /** @type {(inputs: Setup_Col_CheckpointsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrollpunkter`)
};

export const setup_col_device = /** @type {(inputs: Setup_Col_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet`)
};

export const setup_col_devices = /** @type {(inputs: Setup_Col_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheter`)
};

export const setup_col_heard = /** @type {(inputs: Setup_Col_HeardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hörs var`)
};

export const setup_col_kind = /** @type {(inputs: Setup_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Typ`)
};

export const setup_col_language = /** @type {(inputs: Setup_Col_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Språk`)
};

export const setup_col_site = /** @type {(inputs: Setup_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats`)
};

export const setup_col_state = /** @type {(inputs: Setup_Col_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const setup_col_timezone = /** @type {(inputs: Setup_Col_TimezoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tidszon`)
};

export const setup_conn_both = /** @type {(inputs: Setup_Conn_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(båda; MQTT 3.1.1)`)
};

export const setup_conn_commands = /** @type {(inputs: Setup_Conn_CommandsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommandon`)
};

export const setup_conn_host = /** @type {(inputs: Setup_Conn_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Värd`)
};

export const setup_conn_host_unknown = /** @type {(inputs: Setup_Conn_Host_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Okänd: sätt BULBCHECK_PUBLIC_URL (eller BULBCHECK_MQTT_HOST till en riktig adress) så att enheterna får veta vart de ska ansluta.`)
};

export const setup_conn_liveness = /** @type {(inputs: Setup_Conn_LivenessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Livstecken och sista vilja`)
};

export const setup_conn_liveness_hint = /** @type {(inputs: Setup_Conn_Liveness_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`online (behållen) vid anslutning, offline som sista vilja`)
};

export const setup_conn_mqtt_tls = /** @type {(inputs: Setup_Conn_Mqtt_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(MQTT över TLS)`)
};

export const setup_conn_none = /** @type {(inputs: Setup_Conn_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ingen`)
};

export const setup_conn_port = /** @type {(inputs: Setup_Conn_PortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Port`)
};

export const setup_conn_publishes = /** @type {(inputs: Setup_Conn_PublishesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Publicerar till`)
};

export const setup_conn_tls_none = /** @type {(inputs: Setup_Conn_Tls_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inte uppsatt på den här servern`)
};

export const setup_conn_tls_offered = /** @type {(inputs: Setup_Conn_Tls_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`erbjuds`)
};

export const setup_conn_try = /** @type {(inputs: Setup_Conn_TryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prova från ett skal (med SECRET satt till hemligheten):`)
};

export const setup_conn_username = /** @type {(inputs: Setup_Conn_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Användarnamn och klient-id`)
};

export const setup_covers = /** @type {(inputs: Setup_CoversInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`täcker ${i?.assets}`)
};

export const setup_create_site = /** @type {(inputs: Setup_Create_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skapa plats`)
};

export const setup_cred_download = /** @type {(inputs: Setup_Cred_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ladda ner fil med inloggningsuppgifter`)
};

export const setup_cred_label = /** @type {(inputs: Setup_Cred_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Inloggningsuppgifter för ${i?.device}`)
};

export const setup_cred_secret_of = /** @type {(inputs: Setup_Cred_Secret_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hemligheten för ${i?.device}`)
};

export const setup_cred_warning = /** @type {(inputs: Setup_Cred_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det här är enhetens MQTT-lösenord. Det visas bara den här gången: ladda ner filen eller kopiera det nu.`)
};

export const setup_danger_heading = /** @type {(inputs: Setup_Danger_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensionera eller ta bort platsen`)
};

export const setup_day_closes = /** @type {(inputs: Setup_Day_ClosesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} stänger`)
};

export const setup_day_fri = /** @type {(inputs: Setup_Day_FriInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fredag`)
};

export const setup_day_mon = /** @type {(inputs: Setup_Day_MonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Måndag`)
};

export const setup_day_opens = /** @type {(inputs: Setup_Day_OpensInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} öppnar`)
};

export const setup_day_sat = /** @type {(inputs: Setup_Day_SatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lördag`)
};

export const setup_day_sun = /** @type {(inputs: Setup_Day_SunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Söndag`)
};

export const setup_day_thu = /** @type {(inputs: Setup_Day_ThuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Torsdag`)
};

export const setup_day_tue = /** @type {(inputs: Setup_Day_TueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tisdag`)
};

export const setup_day_wed = /** @type {(inputs: Setup_Day_WedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Onsdag`)
};

export const setup_delete = /** @type {(inputs: Setup_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ta bort`)
};

export const setup_delete_site = /** @type {(inputs: Setup_Delete_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ta bort platsen`)
};

export const setup_delete_site_explain = /** @type {(inputs: Setup_Delete_Site_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bara en plats helt utan historik (inga meddelanden, avvikelser eller kontroller) kan tas bort: med allt i den. Annars pensionerar du den.`)
};

export const setup_delete_summary = /** @type {(inputs: Setup_Delete_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ta bort ${i?.site} …`)
};

export const setup_delete_zone = /** @type {(inputs: Setup_Delete_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ta bort zonen`)
};

export const setup_delete_zone_hint = /** @type {(inputs: Setup_Delete_Zone_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bara när inget i den har någon historik (ett misstag som just gjorts).`)
};

export const setup_deleted = /** @type {(inputs: Setup_DeletedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tog bort ${i?.thing}: tog bort ${i?.parts}.`)
};

export const setup_demo = /** @type {(inputs: Setup_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`demo`)
};

export const setup_dev_choose_site = /** @type {(inputs: Setup_Dev_Choose_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj platsen den ska flyttas till.`)
};

export const setup_dev_connects = /** @type {(inputs: Setup_Dev_ConnectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Så ansluter den`)
};

export const setup_dev_delete = /** @type {(inputs: Setup_Dev_DeleteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ta bort ${i?.name}`)
};

export const setup_dev_delete_explain = /** @type {(inputs: Setup_Dev_Delete_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bara en enhet som aldrig skickat något kan tas bort (ett misstag som just gjorts); annars pensionerar du den.`)
};

export const setup_dev_delete_summary = /** @type {(inputs: Setup_Dev_Delete_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ta bort …`)
};

export const setup_dev_heard_hint = /** @type {(inputs: Setup_Dev_Heard_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(tre tysta intervall gör den frånkopplad)`)
};

export const setup_dev_its_messages = /** @type {(inputs: Setup_Dev_Its_MessagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dess meddelanden och avvisningar`)
};

export const setup_dev_kind_at = /** @type {(inputs: Setup_Dev_Kind_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} vid ${i?.site}`)
};

export const setup_dev_last_heard = /** @type {(inputs: Setup_Dev_Last_HeardInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`senast hörd ${i?.when}`)
};

export const setup_dev_last_refusal = /** @type {(inputs: Setup_Dev_Last_RefusalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Senast avvisat ${i?.when}: ${i?.why}`)
};

export const setup_dev_manage = /** @type {(inputs: Setup_Dev_ManageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hemlighet, åtkomst och plats`)
};

export const setup_dev_messages = /** @type {(inputs: Setup_Dev_MessagesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} meddelande sparat`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} meddelanden sparade`);
	return /** @type {LocalizedString} */ ("setup_dev_messages");
};

export const setup_dev_move = /** @type {(inputs: Setup_Dev_MoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flytta`)
};

export const setup_dev_move_explain = /** @type {(inputs: Setup_Dev_Move_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dess aktiva anslutning stängs direkt; den ansluter igen under den nya platsens ämnen (firmwaren måste använda den nya platsens id i sina ämnen). Det den bevakar och betjänar börjar tomt där.`)
};

export const setup_dev_move_summary = /** @type {(inputs: Setup_Dev_Move_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flytta till en annan plats …`)
};

export const setup_dev_move_to = /** @type {(inputs: Setup_Dev_Move_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Till`)
};

export const setup_dev_moved = /** @type {(inputs: Setup_Dev_MovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Flyttad till ${i?.site}: anslutningen stängdes; den ansluter igen under den här platsens ämnen. Välj vad den bevakar eller betjänar här.`)
};

export const setup_dev_never = /** @type {(inputs: Setup_Dev_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aldrig`)
};

export const setup_dev_no_assets = /** @type {(inputs: Setup_Dev_No_AssetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Platsen har inga objekt än.`)
};

export const setup_dev_refused = /** @type {(inputs: Setup_Dev_RefusedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} avvisat`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} avvisade`);
	return /** @type {LocalizedString} */ ("setup_dev_refused");
};

export const setup_dev_restore = /** @type {(inputs: Setup_Dev_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återställ enheten`)
};

export const setup_dev_restored = /** @type {(inputs: Setup_Dev_RestoredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återställd: den kan ansluta igen med sin hemlighet.`)
};

export const setup_dev_retire = /** @type {(inputs: Setup_Dev_RetireInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pensionera ${i?.name}`)
};

export const setup_dev_retire_explain = /** @type {(inputs: Setup_Dev_Retire_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den kopplas från, försvinner från tavlorna och larmen och kan inte logga in; historiken finns kvar och den kan återställas.`)
};

export const setup_dev_retire_summary = /** @type {(inputs: Setup_Dev_Retire_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensionera …`)
};

export const setup_dev_retired = /** @type {(inputs: Setup_Dev_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensionerad: frånkopplad, borta från tavlorna och larmen; historiken finns kvar.`)
};

export const setup_dev_revoke = /** @type {(inputs: Setup_Dev_RevokeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Återkalla ${i?.name}`)
};

export const setup_dev_revoke_explain = /** @type {(inputs: Setup_Dev_Revoke_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`För en borttappad eller stulen enhet: den kopplas från och kan inte logga in igen förrän en administratör återställer den. Historiken finns kvar.`)
};

export const setup_dev_revoke_summary = /** @type {(inputs: Setup_Dev_Revoke_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkalla …`)
};

export const setup_dev_revoked = /** @type {(inputs: Setup_Dev_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkallad: enheten kopplades från och kan inte längre logga in. Historiken finns kvar.`)
};

export const setup_dev_revoked_note = /** @type {(inputs: Setup_Dev_Revoked_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkallad: en administratör kan återställa den.`)
};

export const setup_dev_rotate_explain = /** @type {(inputs: Setup_Dev_Rotate_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En ny hemlighet skapas och visas en gång; den nuvarande slutar fungera direkt och enheten är frånkopplad tills den får den nya.`)
};

export const setup_dev_rotate_now = /** @type {(inputs: Setup_Dev_Rotate_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Byt hemligheten nu`)
};

export const setup_dev_rotate_summary = /** @type {(inputs: Setup_Dev_Rotate_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Byt hemlighet …`)
};

export const setup_dev_rotated = /** @type {(inputs: Setup_Dev_RotatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny hemlighet skapad: den gamla fungerar inte längre och enheten kopplades från.`)
};

export const setup_dev_save = /** @type {(inputs: Setup_Dev_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spara enheten`)
};

export const setup_dev_saved = /** @type {(inputs: Setup_Dev_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheten är sparad.`)
};

export const setup_dev_secret_hint = /** @type {(inputs: Setup_Dev_Secret_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hemligheten visas inte igen efter att den skapats; byt den för att skapa en ny.`)
};

export const setup_dev_settings = /** @type {(inputs: Setup_Dev_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inställningar`)
};

export const setup_dev_title = /** @type {(inputs: Setup_Dev_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enhet ${i?.name}`)
};

export const setup_dev_unrevoke = /** @type {(inputs: Setup_Dev_UnrevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återställ åtkomsten (med en ny hemlighet)`)
};

export const setup_dev_unrevoked = /** @type {(inputs: Setup_Dev_UnrevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheten kan logga in igen, bara med den här nya hemligheten.`)
};

export const setup_device_added = /** @type {(inputs: Setup_Device_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enheten ${i?.name} är tillagd.`)
};

export const setup_device_id_exists = /** @type {(inputs: Setup_Device_Id_ExistsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.id} finns redan: välj ett annat id.`)
};

export const setup_device_placeholder = /** @type {(inputs: Setup_Device_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lampsensor i lobbyn`)
};

export const setup_devices = /** @type {(inputs: Setup_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheter`)
};

export const setup_edit = /** @type {(inputs: Setup_EditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Redigera`)
};

export const setup_err_address_long = /** @type {(inputs: Setup_Err_Address_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adressen får ha högst 300 tecken.`)
};

export const setup_err_check_fields = /** @type {(inputs: Setup_Err_Check_FieldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrollera fälten som är markerade nedan.`)
};

export const setup_err_choose_category = /** @type {(inputs: Setup_Err_Choose_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj en kategori.`)
};

export const setup_err_choose_kind = /** @type {(inputs: Setup_Err_Choose_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj vilken sorts enhet.`)
};

export const setup_err_choose_language = /** @type {(inputs: Setup_Err_Choose_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj platsens språk.`)
};

export const setup_err_date_line = /** @type {(inputs: Setup_Err_Date_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rad ${i?.line} (”${i?.entry}”): skriv ett datum och ”closed” eller öppettiderna, till exempel 2026-12-24 08:00-14:00.`)
};

export const setup_err_date_overnight = /** @type {(inputs: Setup_Err_Date_OvernightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rad ${i?.line}: öppettiderna för ett datum måste sluta samma dag (${i?.entry}).`)
};

export const setup_err_date_twice = /** @type {(inputs: Setup_Err_Date_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.date} står två gånger.`)
};

export const setup_err_day_hours = /** @type {(inputs: Setup_Err_Day_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ange öppnings- och stängningstid (TT:MM), eller bocka ur dagen.`)
};

export const setup_err_field_refused = /** @type {(inputs: Setup_Err_Field_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Värdet godtogs inte: kontrollera det och spara igen.`)
};

export const setup_err_id_format = /** @type {(inputs: Setup_Err_Id_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Använd små bokstäver, siffror och bindestreck (högst 63) och börja med en bokstav eller siffra.`)
};

export const setup_err_id_none = /** @type {(inputs: Setup_Err_Id_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ange ett namn (eller ett id).`)
};

export const setup_err_id_taken = /** @type {(inputs: Setup_Err_Id_TakenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.id} används redan här: välj ett annat id.`)
};

export const setup_err_minutes = /** @type {(inputs: Setup_Err_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ett helt antal minuter från ${i?.min} till ${i?.max}.`)
};

export const setup_err_name_empty = /** @type {(inputs: Setup_Err_Name_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ge det ett namn.`)
};

export const setup_err_name_long = /** @type {(inputs: Setup_Err_Name_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Namnet får ha högst 120 tecken.`)
};

export const setup_err_refused = /** @type {(inputs: Setup_Err_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Några fält godtogs inte: kontrollera de markerade nedan och spara igen.`)
};

export const setup_err_seconds = /** @type {(inputs: Setup_Err_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ett helt antal sekunder från ${i?.min} till ${i?.max}.`)
};

export const setup_err_serves = /** @type {(inputs: Setup_Err_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bocka för kontrollpunkterna den betjänar, eller välj alla eller inga.`)
};

export const setup_err_timezone = /** @type {(inputs: Setup_Err_TimezoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj platsens tidszon i listan.`)
};

export const setup_err_which_site = /** @type {(inputs: Setup_Err_Which_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vilken plats? Välj en i listan och försök igen.`)
};

export const setup_every_hours = /** @type {(inputs: Setup_Every_HoursInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`varje timme`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`var ${i?.count}:e timme`);
	return /** @type {LocalizedString} */ ("setup_every_hours");
};

export const setup_every_minutes = /** @type {(inputs: Setup_Every_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`var ${i?.count}:e min`)
};

export const setup_export_csv = /** @type {(inputs: Setup_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exportera som CSV`)
};

export const setup_export_json = /** @type {(inputs: Setup_Export_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exportera som flottdokument (JSON)`)
};

export const setup_form_address = /** @type {(inputs: Setup_Form_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adress`)
};

export const setup_form_always = /** @type {(inputs: Setup_Form_AlwaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppet dygnet runt`)
};

export const setup_form_dates = /** @type {(inputs: Setup_Form_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Helgdagar och andra datum`)
};

export const setup_form_dates_hint = /** @type {(inputs: Setup_Form_Dates_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(en per rad: 2026-12-25 closed eller 2026-12-24 08:00-14:00)`)
};

export const setup_form_hours = /** @type {(inputs: Setup_Form_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppettider`)
};

export const setup_form_hours_hint = /** @type {(inputs: Setup_Form_Hours_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(försenade kontroller och larm räknas bara när det är öppet)`)
};

export const setup_form_id = /** @type {(inputs: Setup_Form_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Id`)
};

export const setup_form_id_hint = /** @type {(inputs: Setup_Form_Id_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(i adresser och enhetsämnen; skapas från namnet om fältet lämnas tomt; kan inte ändras senare)`)
};

export const setup_form_language = /** @type {(inputs: Setup_Form_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Språk`)
};

export const setup_form_language_hint = /** @type {(inputs: Setup_Form_Language_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(QR-sida, etiketter, rapporter)`)
};

export const setup_form_name = /** @type {(inputs: Setup_Form_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Namn`)
};

export const setup_form_timezone = /** @type {(inputs: Setup_Form_TimezoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tidszon`)
};

export const setup_form_week_hint = /** @type {(inputs: Setup_Form_Week_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En dag utan bock är stängd. En stängningstid före öppningstiden går över midnatt; 00:00 stänger vid midnatt.`)
};

export const setup_form_weekly = /** @type {(inputs: Setup_Form_WeeklyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppettider per veckodag`)
};

export const setup_form_zones_all = /** @type {(inputs: Setup_Form_Zones_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hela världen`)
};

export const setup_form_zones_near = /** @type {(inputs: Setup_Form_Zones_NearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Norden och närområdet`)
};

export const setup_guests_qr = /** @type {(inputs: Setup_Guests_QrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gäster kan rapportera det (QR-kod)`)
};

export const setup_guests_report = /** @type {(inputs: Setup_Guests_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gäster kan rapportera det`)
};

export const setup_heard_seconds = /** @type {(inputs: Setup_Heard_SecondsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hörs var, sekunder`)
};

export const setup_help_columns = /** @type {(inputs: Setup_Help_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kolumner`)
};

export const setup_help_hours_or = /** @type {(inputs: Setup_Help_Hours_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eller always.`)
};

export const setup_help_ids = /** @type {(inputs: Setup_Help_IdsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Id:n: små bokstäver, siffror och bindestreck, som hotel-oslo. En tom cell behåller det som står där.`)
};

export const setup_help_ids_spaces = /** @type {(inputs: Setup_Help_Ids_SpacesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`id:n åtskilda av mellanslag; none för inga.`)
};

export const setup_help_intro = /** @type {(inputs: Setup_Help_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En rad per plats, zon, objekt, kontrollpunkt eller enhet, i valfri ordning. I ett ark med flera slag anger kolumnen kind vad varje rad är; en fil med ett slag behöver den inte. Börja med mallen, eller exportera anläggningen, ändra den och importera tillbaka.`)
};

export const setup_help_more = /** @type {(inputs: Setup_Help_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mer i dokumentationen:`)
};

export const setup_help_one_bad = /** @type {(inputs: Setup_Help_One_BadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En felaktig rad betyder att inget sparas:`)
};

export const setup_help_one_bad_after = /** @type {(inputs: Setup_Help_One_Bad_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`förhandsvisningen listar varje problem med sin rad.`)
};

export const setup_help_separators = /** @type {(inputs: Setup_Help_SeparatorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommatecken, semikolon eller tabbar mellan cellerna; spara som UTF-8.`)
};

export const setup_help_serves = /** @type {(inputs: Setup_Help_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(knappar): id:n för kontrollpunkter, all för alla platsens, eller none.`)
};

export const setup_help_title = /** @type {(inputs: Setup_Help_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Så är filen uppbyggd`)
};

export const setup_help_yes_no = /** @type {(inputs: Setup_Help_Yes_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`yes eller no`)
};

export const setup_id = /** @type {(inputs: Setup_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Id`)
};

export const setup_id_placeholder = /** @type {(inputs: Setup_Id_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`skapas av namnet`)
};

export const setup_imp_applies = /** @type {(inputs: Setup_Imp_AppliesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tillämpar exakt filen som förhandsvisas här: ${i?.created}, ${i?.changed}.`)
};

export const setup_imp_changed = /** @type {(inputs: Setup_Imp_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inget importerades: anläggningen har ändrats sedan förhandsvisningen och några rader passar inte längre. Här är den nya förhandsvisningen.`)
};

export const setup_imp_changes = /** @type {(inputs: Setup_Imp_ChangesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} ändring`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} ändringar`);
	return /** @type {LocalizedString} */ ("setup_imp_changes");
};

export const setup_imp_choose_file = /** @type {(inputs: Setup_Imp_Choose_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj en CSV-fil, eller klistra in dess text.`)
};

export const setup_imp_col_id = /** @type {(inputs: Setup_Imp_Col_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Id`)
};

export const setup_imp_col_kind = /** @type {(inputs: Setup_Imp_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Typ`)
};

export const setup_imp_col_line = /** @type {(inputs: Setup_Imp_Col_LineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rad`)
};

export const setup_imp_col_site = /** @type {(inputs: Setup_Imp_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plats`)
};

export const setup_imp_col_what = /** @type {(inputs: Setup_Imp_Col_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vad som händer`)
};

export const setup_imp_column = /** @type {(inputs: Setup_Imp_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, kolumn ${i?.field}`)
};

export const setup_imp_created_list = /** @type {(inputs: Setup_Imp_Created_ListInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`skapade ${i?.list}`)
};

export const setup_imp_csv_file = /** @type {(inputs: Setup_Imp_Csv_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSV-fil`)
};

export const setup_imp_done = /** @type {(inputs: Setup_Imp_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Importerade ${i?.name}: ${i?.created}; ${i?.changed}, ${i?.unchanged}.`)
};

export const setup_imp_download = /** @type {(inputs: Setup_Imp_DownloadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ladda ner ${i?.name}`)
};

export const setup_imp_download_secrets = /** @type {(inputs: Setup_Imp_Download_SecretsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Ladda ner hemligheten för den nya enheten nu.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Ladda ner hemligheterna för de ${i?.count} nya enheterna nu.`);
	return /** @type {LocalizedString} */ ("setup_imp_download_secrets");
};

export const setup_imp_empty = /** @type {(inputs: Setup_Imp_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(tom)`)
};

export const setup_imp_err_at_least = /** @type {(inputs: Setup_Imp_Err_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`minst ${i?.min}`)
};

export const setup_imp_err_at_least_minutes = /** @type {(inputs: Setup_Imp_Err_At_Least_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`minst ${i?.min} minuter`)
};

export const setup_imp_err_at_least_seconds = /** @type {(inputs: Setup_Imp_Err_At_Least_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`minst ${i?.min} sekunder`)
};

export const setup_imp_err_at_most = /** @type {(inputs: Setup_Imp_Err_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`högst ${i?.max}`)
};

export const setup_imp_err_at_most_minutes = /** @type {(inputs: Setup_Imp_Err_At_Most_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`högst ${i?.max} minuter`)
};

export const setup_imp_err_at_most_seconds = /** @type {(inputs: Setup_Imp_Err_At_Most_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`högst ${i?.max} sekunder`)
};

export const setup_imp_err_bad_hours = /** @type {(inputs: Setup_Imp_Err_Bad_HoursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`”${i?.value}”: en dag och dess öppettider, till exempel mon-fri 07:00-22:00 eller 2026-12-25 closed.`)
};

export const setup_imp_err_bad_id = /** @type {(inputs: Setup_Imp_Err_Bad_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ett id är små bokstäver, siffror och bindestreck (inte först), högst 63 tecken, till exempel hotel-oslo`)
};

export const setup_imp_err_column_not_of_kind = /** @type {(inputs: Setup_Imp_Err_Column_Not_Of_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Den här sortens rad har ingen ${i?.column}: lämna cellen tom.`)
};

export const setup_imp_err_column_twice = /** @type {(inputs: Setup_Imp_Err_Column_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kolumnen ${i?.column} finns två gånger.`)
};

export const setup_imp_err_columns_ambiguous = /** @type {(inputs: Setup_Imp_Err_Columns_AmbiguousInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`De här kolumnerna passar flera sorters rader (${i?.kinds}): lägg till en kind-kolumn.`)
};

export const setup_imp_err_columns_fit_nothing = /** @type {(inputs: Setup_Imp_Err_Columns_Fit_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De här kolumnerna passar ingen sorts rad: lägg till en kind-kolumn (site, zone, asset, checkpoint, sensor, button), eller kontrollera kolumnernas namn.`)
};

export const setup_imp_err_day_twice = /** @type {(inputs: Setup_Imp_Err_Day_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} finns två gånger.`)
};

export const setup_imp_err_duplicate_id = /** @type {(inputs: Setup_Imp_Err_Duplicate_IdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.id} finns redan på rad ${i?.line}: varje id bara en gång.`)
};

export const setup_imp_err_empty = /** @type {(inputs: Setup_Imp_Err_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Får inte vara tom.`)
};

export const setup_imp_err_id_missing = /** @type {(inputs: Setup_Imp_Err_Id_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varje rad behöver ett id.`)
};

export const setup_imp_err_kind_missing = /** @type {(inputs: Setup_Imp_Err_Kind_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ange vad raden är: en av ${i?.kinds}.`)
};

export const setup_imp_err_kind_not_of_file = /** @type {(inputs: Setup_Imp_Err_Kind_Not_Of_FileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value}: den här filen innehåller ${i?.sheet}-rader.`)
};

export const setup_imp_err_no_header = /** @type {(inputs: Setup_Imp_Err_No_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Första raden måste vara rubriken, till exempel ${i?.columns}`)
};

export const setup_imp_err_no_id_column = /** @type {(inputs: Setup_Imp_Err_No_Id_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rubriken behöver en id-kolumn.`)
};

export const setup_imp_err_not_yes_no = /** @type {(inputs: Setup_Imp_Err_Not_Yes_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv ja eller nej.`)
};

export const setup_imp_err_one_of = /** @type {(inputs: Setup_Imp_Err_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`en av ${i?.options}`)
};

export const setup_imp_err_required_new = /** @type {(inputs: Setup_Imp_Err_Required_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Måste fyllas i när raden lägger till något nytt.`)
};

export const setup_imp_err_sensor_serves = /** @type {(inputs: Setup_Imp_Err_Sensor_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bara en knapp betjänar kontrollpunkter.`)
};

export const setup_imp_err_site_required = /** @type {(inputs: Setup_Imp_Err_Site_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vilken plats hör den till? Fyll i platsen.`)
};

export const setup_imp_err_site_required_device = /** @type {(inputs: Setup_Imp_Err_Site_Required_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Måste fyllas i för en ny enhet.`)
};

export const setup_imp_err_stray_cell = /** @type {(inputs: Setup_Imp_Err_Stray_CellInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En cell utanför rubrikens kolumner: ge den en kolumn, eller ta bort den.`)
};

export const setup_imp_err_too_long = /** @type {(inputs: Setup_Imp_Err_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Högst ${i?.max} tecken.`)
};

export const setup_imp_err_too_long_has = /** @type {(inputs: Setup_Imp_Err_Too_Long_HasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Högst ${i?.max} tecken (den här har ${i?.length}).`)
};

export const setup_imp_err_too_many_ids = /** @type {(inputs: Setup_Imp_Err_Too_Many_IdsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Högst ${i?.max} id:n.`)
};

export const setup_imp_err_unclosed_quote = /** @type {(inputs: Setup_Imp_Err_Unclosed_QuoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ett citattecken öppnas här och stängs aldrig: resten av filen skulle bli en enda cell.`)
};

export const setup_imp_err_unknown_assets = /** @type {(inputs: Setup_Imp_Err_Unknown_AssetsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Okänd utrustning på ${i?.site}: ${i?.ids}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Okänd utrustning på ${i?.site}: ${i?.ids}`);
	return /** @type {LocalizedString} */ ("setup_imp_err_unknown_assets");
};

export const setup_imp_err_unknown_checkpoints = /** @type {(inputs: Setup_Imp_Err_Unknown_CheckpointsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Okänd kontrollpunkt på ${i?.site}: ${i?.ids}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Okända kontrollpunkter på ${i?.site}: ${i?.ids}`);
	return /** @type {LocalizedString} */ ("setup_imp_err_unknown_checkpoints");
};

export const setup_imp_err_unknown_column = /** @type {(inputs: Setup_Imp_Err_Unknown_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Okänd kolumn ${i?.column}: kolumnerna är ${i?.columns}.`)
};

export const setup_imp_err_unknown_row_kind = /** @type {(inputs: Setup_Imp_Err_Unknown_Row_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value} är ingen sorts rad: en av ${i?.kinds}.`)
};

export const setup_imp_err_unknown_site = /** @type {(inputs: Setup_Imp_Err_Unknown_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Okänd plats ${i?.site}: lägg till en rad för den, eller rätta id:t.`)
};

export const setup_imp_err_unknown_zone = /** @type {(inputs: Setup_Imp_Err_Unknown_ZoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Okänd zon ${i?.zone} på ${i?.site}: lägg till en rad för den, eller rätta id:t.`)
};

export const setup_imp_err_whole_minutes = /** @type {(inputs: Setup_Imp_Err_Whole_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ett helt antal minuter, till exempel 60.`)
};

export const setup_imp_err_whole_seconds = /** @type {(inputs: Setup_Imp_Err_Whole_SecondsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ett helt antal sekunder, till exempel 60.`)
};

export const setup_imp_errors = /** @type {(inputs: Setup_Imp_ErrorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel`)
};

export const setup_imp_export_csv = /** @type {(inputs: Setup_Imp_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exportera anläggningen som CSV`)
};

export const setup_imp_export_csv_hint = /** @type {(inputs: Setup_Imp_Export_Csv_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla platser som de är nu: ändra dem i ett kalkylark och importera tillbaka.`)
};

export const setup_imp_export_json = /** @type {(inputs: Setup_Imp_Export_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exportera anläggningen som JSON`)
};

export const setup_imp_export_json_hint = /** @type {(inputs: Setup_Imp_Export_Json_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Samma sak som ett anläggningsdokument, för PUT /api/fleet. Inga hemligheter i någon av dem.`)
};

export const setup_imp_files = /** @type {(inputs: Setup_Imp_FilesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filer`)
};

export const setup_imp_header_line = /** @type {(inputs: Setup_Imp_Header_LineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rubriken (rad 1)`)
};

export const setup_imp_heading = /** @type {(inputs: Setup_Imp_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importera platser och enheter från CSV`)
};

export const setup_imp_host_unknown = /** @type {(inputs: Setup_Imp_Host_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Servern känner inte till mäklarens adress som enheterna når den, så host och port är tomma: se en enhets sida.`)
};

export const setup_imp_import_changes = /** @type {(inputs: Setup_Imp_Import_ChangesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Importera ${i?.count} ändring`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Importera ${i?.count} ändringar`);
	return /** @type {LocalizedString} */ ("setup_imp_import_changes");
};

export const setup_imp_importing = /** @type {(inputs: Setup_Imp_ImportingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importerar …`)
};

export const setup_imp_intro = /** @type {(inputs: Setup_Imp_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lägg till eller ändra många platser, zoner, objekt, kontrollpunkter och enheter på en gång från ett kalkylark. Förhandsvisningen visar vad varje rad kommer att göra och sparar inget; importen tillämpar sedan filen, allt eller inget.`)
};

export const setup_imp_line = /** @type {(inputs: Setup_Imp_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rad ${i?.line}`)
};

export const setup_imp_n_asset = /** @type {(inputs: Setup_Imp_N_AssetInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} objekt`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} objekt`);
	return /** @type {LocalizedString} */ ("setup_imp_n_asset");
};

export const setup_imp_n_checkpoint = /** @type {(inputs: Setup_Imp_N_CheckpointInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} kontrollpunkt`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} kontrollpunkter`);
	return /** @type {LocalizedString} */ ("setup_imp_n_checkpoint");
};

export const setup_imp_n_device = /** @type {(inputs: Setup_Imp_N_DeviceInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} enhet`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} enheter`);
	return /** @type {LocalizedString} */ ("setup_imp_n_device");
};

export const setup_imp_n_rows_changed = /** @type {(inputs: Setup_Imp_N_Rows_ChangedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} rad ändrad`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} rader ändrade`);
	return /** @type {LocalizedString} */ ("setup_imp_n_rows_changed");
};

export const setup_imp_n_rows_unchanged = /** @type {(inputs: Setup_Imp_N_Rows_UnchangedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} rad oförändrad`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} rader oförändrade`);
	return /** @type {LocalizedString} */ ("setup_imp_n_rows_unchanged");
};

export const setup_imp_n_site = /** @type {(inputs: Setup_Imp_N_SiteInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} plats`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} platser`);
	return /** @type {LocalizedString} */ ("setup_imp_n_site");
};

export const setup_imp_n_zone = /** @type {(inputs: Setup_Imp_N_ZoneInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} zon`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} zoner`);
	return /** @type {LocalizedString} */ ("setup_imp_n_zone");
};

export const setup_imp_new_objects = /** @type {(inputs: Setup_Imp_New_ObjectsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} nytt objekt`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} nya objekt`);
	return /** @type {LocalizedString} */ ("setup_imp_new_objects");
};

export const setup_imp_not_utf8 = /** @type {(inputs: Setup_Imp_Not_Utf8Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} är inte UTF-8-text. I Excel sparar du den som ”CSV UTF-8 (kommaavgränsad)”; i LibreOffice eller Numbers väljer du UTF-8 när du exporterar.`)
};

export const setup_imp_nothing = /** @type {(inputs: Setup_Imp_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inget att importera: varje rad är som anläggningen redan är.`)
};

export const setup_imp_nothing_done = /** @type {(inputs: Setup_Imp_Nothing_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inget importerades: varje rad var som anläggningen redan är.`)
};

export const setup_imp_nothing_new = /** @type {(inputs: Setup_Imp_Nothing_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inget nytt`)
};

export const setup_imp_or_paste = /** @type {(inputs: Setup_Imp_Or_PasteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eller klistra in CSV:en här (används när ingen fil är vald)`)
};

export const setup_imp_pasted_text = /** @type {(inputs: Setup_Imp_Pasted_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`den inklistrade texten`)
};

export const setup_imp_preview = /** @type {(inputs: Setup_Imp_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Förhandsvisa`)
};

export const setup_imp_preview_file = /** @type {(inputs: Setup_Imp_Preview_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Förhandsvisa en fil`)
};

export const setup_imp_preview_first = /** @type {(inputs: Setup_Imp_Preview_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Förhandsvisa filen först och importera den sedan.`)
};

export const setup_imp_preview_of = /** @type {(inputs: Setup_Imp_Preview_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Förhandsvisning av ${i?.name}`)
};

export const setup_imp_problems = /** @type {(inputs: Setup_Imp_ProblemsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} problem att rätta.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} problem att rätta.`);
	return /** @type {LocalizedString} */ ("setup_imp_problems");
};

export const setup_imp_problems_hint = /** @type {(inputs: Setup_Imp_Problems_HintInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Rätta det i filen och förhandsvisa den igen: inget importeras så länge någon rad har ett problem.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Rätta dem i filen och förhandsvisa den igen: inget importeras så länge någon rad har ett problem.`);
	return /** @type {LocalizedString} */ ("setup_imp_problems_hint");
};

export const setup_imp_reading = /** @type {(inputs: Setup_Imp_ReadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Läser …`)
};

export const setup_imp_rows = /** @type {(inputs: Setup_Imp_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rader`)
};

export const setup_imp_secrets_columns = /** @type {(inputs: Setup_Imp_Secrets_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kolumner: device, site, secret, host, port. Öppna den som text: ett kalkylark kan ta en hemlighet som börjar med ”-” för en formel och ändra den.`)
};

export const setup_imp_secrets_once = /** @type {(inputs: Setup_Imp_Secrets_OnceInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Den visas bara den här gången: när du lämnar sidan kan den inte visas igen (en förlorad hemlighet betyder en ny, från enhetens sida). Förvara filen säkert, ge varje enhets rad till den som installerar den och radera sedan filen.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`De visas bara den här gången: när du lämnar sidan kan de inte visas igen (en förlorad hemlighet betyder en ny, från enhetens sida). Förvara filen säkert, ge varje enhets rad till den som installerar den och radera sedan filen.`);
	return /** @type {LocalizedString} */ ("setup_imp_secrets_once");
};

export const setup_imp_template = /** @type {(inputs: Setup_Imp_TemplateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ladda ner mallen (CSV)`)
};

export const setup_imp_template_hint = /** @type {(inputs: Setup_Imp_Template_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exempelrader av alla slag, att fylla i.`)
};

export const setup_imp_the_file = /** @type {(inputs: Setup_Imp_The_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filen`)
};

export const setup_imp_title = /** @type {(inputs: Setup_Imp_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importera från CSV`)
};

export const setup_imp_to_change = /** @type {(inputs: Setup_Imp_To_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ändras`)
};

export const setup_imp_to_create = /** @type {(inputs: Setup_Imp_To_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skapas`)
};

export const setup_imp_unchanged = /** @type {(inputs: Setup_Imp_UnchangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`oförändrad`)
};

export const setup_imp_unchanged_count = /** @type {(inputs: Setup_Imp_Unchanged_CountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oförändrade`)
};

export const setup_imp_will_change = /** @type {(inputs: Setup_Imp_Will_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ändras`)
};

export const setup_imp_will_create = /** @type {(inputs: Setup_Imp_Will_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`skapas`)
};

export const setup_imp_writes_nothing = /** @type {(inputs: Setup_Imp_Writes_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En förhandsvisning sparar inget.`)
};

export const setup_import_link = /** @type {(inputs: Setup_Import_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importera från CSV`)
};

export const setup_interval_minutes = /** @type {(inputs: Setup_Interval_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intervall, minuter`)
};

export const setup_intro_admin = /** @type {(inputs: Setup_Intro_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Platser med zoner, utrustning, kontrollpunkter och enheter. Administratörer skapar och avvecklar platser; chefer ställer in det som finns på deras egna platser.`)
};

export const setup_intro_manager = /** @type {(inputs: Setup_Intro_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Platser med zoner, utrustning, kontrollpunkter och enheter. Du ställer in det som finns på dina egna platser.`)
};

export const setup_kind = /** @type {(inputs: Setup_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Typ`)
};

export const setup_kind_button = /** @type {(inputs: Setup_Kind_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`knapp`)
};

export const setup_kind_button_long = /** @type {(inputs: Setup_Kind_Button_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Knapp eller personalpanel: checkar in vid kontrollpunkter, rapporterar och åtgärdar`)
};

export const setup_kind_sensor = /** @type {(inputs: Setup_Kind_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sensor`)
};

export const setup_kind_sensor_long = /** @type {(inputs: Setup_Kind_Sensor_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensor: rapporterar tillståndet för objekten den bevakar`)
};

export const setup_mqtt_username = /** @type {(inputs: Setup_Mqtt_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(dess MQTT-användarnamn)`)
};

export const setup_name = /** @type {(inputs: Setup_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Namn`)
};

export const setup_new_site = /** @type {(inputs: Setup_New_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny plats`)
};

export const setup_new_site_next = /** @type {(inputs: Setup_New_Site_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sedan: zoner, utrustning, kontrollpunkter och enheter.`)
};

export const setup_no_assets = /** @type {(inputs: Setup_No_AssetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga objekt i den här zonen än.`)
};

export const setup_no_assets_covered = /** @type {(inputs: Setup_No_Assets_CoveredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inga objekt`)
};

export const setup_no_devices = /** @type {(inputs: Setup_No_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga enheter än: sensorer rapporterar objektens tillstånd, knappar låter personalen checka in och rapportera.`)
};

export const setup_no_sites = /** @type {(inputs: Setup_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga platser ännu.`)
};

export const setup_no_sites_admin_after = /** @type {(inputs: Setup_No_Sites_Admin_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(där finns en mall att börja med).`)
};

export const setup_no_sites_admin_before = /** @type {(inputs: Setup_No_Sites_Admin_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skapa den första med`)
};

export const setup_no_sites_admin_or = /** @type {(inputs: Setup_No_Sites_Admin_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eller`)
};

export const setup_no_sites_import = /** @type {(inputs: Setup_No_Sites_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`importera en kedja från en CSV-fil`)
};

export const setup_no_sites_manager = /** @type {(inputs: Setup_No_Sites_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En administratör skapar platser; be en om att ge dig en plats att leda.`)
};

export const setup_no_zones = /** @type {(inputs: Setup_No_ZonesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga zoner än: en zon är en del av platsen (en våning, en hiss, toaletterna) som har objekt.`)
};

export const setup_nothing_else = /** @type {(inputs: Setup_Nothing_ElseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inget annat`)
};

export const setup_open = /** @type {(inputs: Setup_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppna`)
};

export const setup_open_board = /** @type {(inputs: Setup_Open_BoardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppna tavlan`)
};

export const setup_open_count = /** @type {(inputs: Setup_Open_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} öppen`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} öppna`);
	return /** @type {LocalizedString} */ ("setup_open_count");
};

export const setup_optional = /** @type {(inputs: Setup_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(valfritt)`)
};

export const setup_page_title = /** @type {(inputs: Setup_Page_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ställ in ${i?.site}`)
};

export const setup_print_labels = /** @type {(inputs: Setup_Print_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv ut QR-etiketter`)
};

export const setup_rename = /** @type {(inputs: Setup_RenameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Byt namn`)
};

export const setup_rename_retire_delete = /** @type {(inputs: Setup_Rename_Retire_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Byt namn, pensionera eller ta bort`)
};

export const setup_restore = /** @type {(inputs: Setup_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återställ`)
};

export const setup_restore_button = /** @type {(inputs: Setup_Restore_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återställ`)
};

export const setup_restore_site = /** @type {(inputs: Setup_Restore_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återställ platsen`)
};

export const setup_restored = /** @type {(inputs: Setup_RestoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.site} är i drift igen, med det som avvecklades tillsammans med den.`)
};

export const setup_restored_done = /** @type {(inputs: Setup_Restored_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Återställde ${i?.thing}.`)
};

export const setup_retire_asset = /** @type {(inputs: Setup_Retire_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensionera objektet`)
};

export const setup_retire_checkpoint = /** @type {(inputs: Setup_Retire_CheckpointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensionera kontrollpunkten`)
};

export const setup_retire_site = /** @type {(inputs: Setup_Retire_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensionera platsen`)
};

export const setup_retire_site_explain = /** @type {(inputs: Setup_Retire_Site_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Platsen försvinner från tavlorna, väggtavlan och larmen; dess enheter kopplas från och kan inte logga in; öppna avvikelser stängs. Historik och rapporter finns kvar, och platsen kan återställas från Inställningar.`)
};

export const setup_retire_summary = /** @type {(inputs: Setup_Retire_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pensionera ${i?.site} …`)
};

export const setup_retire_zone = /** @type {(inputs: Setup_Retire_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensionera zonen`)
};

export const setup_retire_zone_hint = /** @type {(inputs: Setup_Retire_Zone_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dess objekt och kontrollpunkter försvinner från tavlorna med den och kommer tillbaka med den; historiken finns kvar.`)
};

export const setup_retired_closed = /** @type {(inputs: Setup_Retired_ClosedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} öppen avvikelse stängdes; historiken finns kvar.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} öppna avvikelser stängdes; historiken finns kvar.`);
	return /** @type {LocalizedString} */ ("setup_retired_closed");
};

export const setup_retired_done = /** @type {(inputs: Setup_Retired_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pensionerade ${i?.thing}: borta från tavlorna och larmen.`)
};

export const setup_retired_heading = /** @type {(inputs: Setup_Retired_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensionerat`)
};

export const setup_retired_hint = /** @type {(inputs: Setup_Retired_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Borta från tavlorna och larmen; historik och rapporter finns kvar. Återställ tar tillbaka det som pensionerades tillsammans med det.`)
};

export const setup_retired_intro = /** @type {(inputs: Setup_Retired_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Borta från tavlorna och larmen; historiken och rapporterna finns kvar.`)
};

export const setup_retired_title = /** @type {(inputs: Setup_Retired_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avvecklade platser`)
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
	return /** @type {LocalizedString} */ (`Zon ${i?.name}`)
};

export const setup_save_asset = /** @type {(inputs: Setup_Save_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spara objektet`)
};

export const setup_save_checkpoint = /** @type {(inputs: Setup_Save_CheckpointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spara kontrollpunkten`)
};

export const setup_save_site = /** @type {(inputs: Setup_Save_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spara platsen`)
};

export const setup_seconds = /** @type {(inputs: Setup_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} s`)
};

export const setup_secret_once_hint = /** @type {(inputs: Setup_Secret_Once_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dess hemlighet visas en gång, direkt efteråt, med en fil att ladda ner och hur den ansluter.`)
};

export const setup_serves = /** @type {(inputs: Setup_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrollpunkter den betjänar`)
};

export const setup_serves_all = /** @type {(inputs: Setup_Serves_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla platsens kontrollpunkter`)
};

export const setup_serves_hint = /** @type {(inputs: Setup_Serves_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(en knapp; en sensor betjänar inga)`)
};

export const setup_serves_none = /** @type {(inputs: Setup_Serves_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga: den bara rapporterar`)
};

export const setup_serves_some = /** @type {(inputs: Setup_Serves_SomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dessa:`)
};

export const setup_set_up = /** @type {(inputs: Setup_Set_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ställ in`)
};

export const setup_site_created = /** @type {(inputs: Setup_Site_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Platsen är skapad. Lägg till zoner och objekt nedan, sedan kontrollpunkter och enheter.`)
};

export const setup_site_saved = /** @type {(inputs: Setup_Site_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Platsen är sparad.`)
};

export const setup_state_offline = /** @type {(inputs: Setup_State_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`frånkopplad`)
};

export const setup_state_online = /** @type {(inputs: Setup_State_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ansluten`)
};

export const setup_state_revoked = /** @type {(inputs: Setup_State_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`återkallad`)
};

export const setup_tag_retired = /** @type {(inputs: Setup_Tag_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pensionerad`)
};

export const setup_the_site = /** @type {(inputs: Setup_The_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Platsen`)
};

export const setup_thing_asset = /** @type {(inputs: Setup_Thing_AssetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`objektet ${i?.name}`)
};

export const setup_thing_checkpoint = /** @type {(inputs: Setup_Thing_CheckpointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`kontrollpunkten ${i?.name}`)
};

export const setup_thing_device = /** @type {(inputs: Setup_Thing_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`enheten ${i?.name}`)
};

export const setup_thing_site = /** @type {(inputs: Setup_Thing_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`platsen ${i?.name}`)
};

export const setup_thing_zone = /** @type {(inputs: Setup_Thing_ZoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`zonen ${i?.name}`)
};

export const setup_title = /** @type {(inputs: Setup_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inställningar`)
};

export const setup_watches = /** @type {(inputs: Setup_WatchesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Objekt den bevakar`)
};

export const setup_watches_hint = /** @type {(inputs: Setup_Watches_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(en sensor: när den tystnar är deras tillstånd okänt)`)
};

export const setup_zone = /** @type {(inputs: Setup_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zon`)
};

export const setup_zone_added = /** @type {(inputs: Setup_Zone_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zonen ${i?.name} är tillagd.`)
};

export const setup_zone_placeholder = /** @type {(inputs: Setup_Zone_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hiss A`)
};

export const setup_zone_saved = /** @type {(inputs: Setup_Zone_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zonen ${i?.name} är sparad.`)
};

export const setup_zones_assets = /** @type {(inputs: Setup_Zones_AssetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zoner och objekt`)
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

export const site_asset_ok = /** @type {(inputs: Site_Asset_OkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fungerar`)
};

export const site_assets = /** @type {(inputs: Site_AssetsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Utrustning: ${i?.ok} utan anmärkning, ${i?.defect} med fel, ${i?.unknown} okänt (sensor offline)`)
};

export const site_caught_before = /** @type {(inputs: Site_Caught_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Upptäckt innan en kund rapporterade det:`)
};

export const site_checkpoint = /** @type {(inputs: Site_CheckpointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kontrollpunkt ${i?.name}: var ${i?.interval}, senaste kontroll ${i?.last}`)
};

export const site_checkpoint_ago = /** @type {(inputs: Site_Checkpoint_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`för ${i?.age} sedan`)
};

export const site_checkpoint_never = /** @type {(inputs: Site_Checkpoint_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aldrig`)
};

export const site_checkpoint_now = /** @type {(inputs: Site_Checkpoint_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nyss`)
};

export const site_checks_on_time = /** @type {(inputs: Site_Checks_On_TimeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`kontroller i tid ${i?.onTime}/${i?.checkpoints}`)
};

export const site_counts = /** @type {(inputs: Site_CountsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.open} öppna (${i?.high} hög, ${i?.medium} medel, ${i?.low} låg) · ${i?.overdue} försenade · äldsta ${i?.oldest}`)
};

export const site_crumb_all = /** @type {(inputs: Site_Crumb_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla platser`)
};

export const site_defect_number = /** @type {(inputs: Site_Defect_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fel #${i?.id}`)
};

export const site_devices = /** @type {(inputs: Site_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheter`)
};

export const site_devices_off = /** @type {(inputs: Site_Devices_OffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.offline} av ${i?.total} enheter offline`)
};

export const site_inspections_on_time = /** @type {(inputs: Site_Inspections_On_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inspektioner i tid:`)
};

export const site_inspections_split = /** @type {(inputs: Site_Inspections_SplitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.onTime} i tid, ${i?.missed} missade)`)
};

export const site_labels_all_sites = /** @type {(inputs: Site_Labels_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla platser`)
};

export const site_labels_all_zones = /** @type {(inputs: Site_Labels_All_ZonesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla zoner`)
};

export const site_labels_col_asset = /** @type {(inputs: Site_Labels_Col_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Objekt`)
};

export const site_labels_col_label = /** @type {(inputs: Site_Labels_Col_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etiketten`)
};

export const site_labels_col_revoke = /** @type {(inputs: Site_Labels_Col_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkalla`)
};

export const site_labels_count = /** @type {(inputs: Site_Labels_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} etikett`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} etiketter`);
	return /** @type {LocalizedString} */ ("site_labels_count");
};

export const site_labels_intro = /** @type {(inputs: Site_Labels_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En etikett för varje objekt kunderna ser, att sätta där det finns: skannar man den öppnas sidan som rapporterar ett fel där, på platsens språk. Skriv ut i verklig storlek (100 %, inte ”anpassa till sidan”).`)
};

export const site_labels_new_code = /** @type {(inputs: Site_Labels_New_CodeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ny kod skapad för ${i?.name}. Koderna som skrevs ut tidigare fungerar inte längre: skriv ut den nya etiketten och byt ut den gamla.`)
};

export const site_labels_none = /** @type {(inputs: Site_Labels_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Inga etiketter att skriva ut: ${i?.where} har inget objekt i drift som kunderna ser. Ett objekt får en etikett när det är markerat som synligt för kunder.`)
};

export const site_labels_only_of = /** @type {(inputs: Site_Labels_Only_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bara etiketten för ${i?.name}.`)
};

export const site_labels_paper = /** @type {(inputs: Site_Labels_PaperInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Papper`)
};

export const site_labels_print = /** @type {(inputs: Site_Labels_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv ut`)
};

export const site_labels_print_only = /** @type {(inputs: Site_Labels_Print_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv bara ut den här etiketten`)
};

export const site_labels_revoke_button = /** @type {(inputs: Site_Labels_Revoke_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkalla och skapa en ny kod`)
};

export const site_labels_revoke_explain = /** @type {(inputs: Site_Labels_Revoke_ExplainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Varje utskriven kod för ${i?.name} slutar fungera direkt.`)
};

export const site_labels_revoke_intro = /** @type {(inputs: Site_Labels_Revoke_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`För en etikett som kopierats, flyttats eller missbrukats: koden slutar fungera direkt, var den än skrivits ut.`)
};

export const site_labels_revoke_intro_print = /** @type {(inputs: Site_Labels_Revoke_Intro_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`För en etikett som kopierats, flyttats eller missbrukats: koden slutar fungera direkt, var den än skrivits ut, och den här sidan visar objektets nya etikett att skriva ut i stället.`)
};

export const site_labels_revoke_of = /** @type {(inputs: Site_Labels_Revoke_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`koden för ${i?.name}`)
};

export const site_labels_revoke_title = /** @type {(inputs: Site_Labels_Revoke_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkalla en kod`)
};

export const site_labels_scan = /** @type {(inputs: Site_Labels_ScanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skanna för att rapportera ett fel`)
};

export const site_labels_sheet_of = /** @type {(inputs: Site_Labels_Sheet_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ark ${i?.n} av ${i?.total}`)
};

export const site_labels_sheets = /** @type {(inputs: Site_Labels_SheetsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} ark`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} ark`);
	return /** @type {LocalizedString} */ ("site_labels_sheets");
};

export const site_labels_show = /** @type {(inputs: Site_Labels_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visa`)
};

export const site_labels_show_every = /** @type {(inputs: Site_Labels_Show_EveryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visa alla etiketter`)
};

export const site_labels_size = /** @type {(inputs: Site_Labels_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etikettstorlek`)
};

export const site_labels_size_large = /** @type {(inputs: Site_Labels_Size_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stor`)
};

export const site_labels_size_medium = /** @type {(inputs: Site_Labels_Size_MediumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mellan`)
};

export const site_labels_size_option = /** @type {(inputs: Site_Labels_Size_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ${i?.width} × ${i?.height} mm (${i?.count} per ark)`)
};

export const site_labels_size_small = /** @type {(inputs: Site_Labels_Size_SmallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Liten`)
};

export const site_labels_summary = /** @type {(inputs: Site_Labels_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.labels} på ${i?.sheets} ${i?.paper}, ${i?.columns} × ${i?.rows} per ark. Koderna öppnar`)
};

export const site_labels_this_site = /** @type {(inputs: Site_Labels_This_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`den här platsen`)
};

export const site_labels_title = /** @type {(inputs: Site_Labels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR-etiketter`)
};

export const site_labels_which_asset = /** @type {(inputs: Site_Labels_Which_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det objektet finns inte på det här arket längre: ladda om sidan och välj det igen.`)
};

export const site_labels_zone = /** @type {(inputs: Site_Labels_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zon`)
};

export const site_last_days = /** @type {(inputs: Site_Last_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Senaste 14 dagarna`)
};

export const site_nothing_open = /** @type {(inputs: Site_Nothing_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inget öppet. Allt grundläggande här är i ordning.`)
};

export const site_open_defects = /** @type {(inputs: Site_Open_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppna fel`)
};

export const site_print_labels = /** @type {(inputs: Site_Print_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv ut QR-etiketter`)
};

export const site_print_labels_title = /** @type {(inputs: Site_Print_Labels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ett ark med QR-koderna gäster skannar för att rapportera ett problem, en per utrustning som kunder ser`)
};

export const site_qr_title = /** @type {(inputs: Site_Qr_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv ut QR-koden gäster skannar för att rapportera ett problem här`)
};

export const site_report_another = /** @type {(inputs: Site_Report_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rapportera ett till`)
};

export const site_report_asset = /** @type {(inputs: Site_Report_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Objekt`)
};

export const site_report_choose = /** @type {(inputs: Site_Report_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj …`)
};

export const site_report_choose_asset = /** @type {(inputs: Site_Report_Choose_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj objektet.`)
};

export const site_report_choose_fault = /** @type {(inputs: Site_Report_Choose_FaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj vad som är fel.`)
};

export const site_report_failed = /** @type {(inputs: Site_Report_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rapporten gick inte igenom: ${i?.reason}`)
};

export const site_report_head = /** @type {(inputs: Site_Report_HeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rapportera ett fel vid ${i?.site}`)
};

export const site_report_here = /** @type {(inputs: Site_Report_HereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rapportera`)
};

export const site_report_here_title = /** @type {(inputs: Site_Report_Here_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rapportera ett fel här`)
};

export const site_report_note = /** @type {(inputs: Site_Report_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anteckning`)
};

export const site_report_note_placeholder = /** @type {(inputs: Site_Report_Note_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`t.ex. vänster sida, våning 3`)
};

export const site_report_optional = /** @type {(inputs: Site_Report_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(valfritt)`)
};

export const site_report_send = /** @type {(inputs: Site_Report_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rapportera`)
};

export const site_report_title = /** @type {(inputs: Site_Report_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rapportera ett fel`)
};

export const site_report_what = /** @type {(inputs: Site_Report_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vad är fel?`)
};

export const site_reported_merged = /** @type {(inputs: Site_Reported_MergedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tillagt det öppna felet`)
};

export const site_reported_opened = /** @type {(inputs: Site_Reported_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rapporterat`)
};

export const site_reported_what = /** @type {(inputs: Site_Reported_WhatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} på ${i?.asset}`)
};

export const site_setup_link = /** @type {(inputs: Site_Setup_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ställ in`)
};

export const site_setup_title = /** @type {(inputs: Site_Setup_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zoner, utrustning, kontrollpunkter, enheter och öppettider för den här platsen`)
};

export const site_times_in = /** @type {(inputs: Site_Times_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tider i ${i?.zone}`)
};

export const site_trend_chart = /** @type {(inputs: Site_Trend_ChartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel öppnade och lösta per dag på den här platsen`)
};

export const site_trend_day = /** @type {(inputs: Site_Trend_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dag`)
};

export const site_trend_opened = /** @type {(inputs: Site_Trend_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppnade`)
};

export const site_trend_resolved = /** @type {(inputs: Site_Trend_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lösta`)
};

export const site_trend_table = /** @type {(inputs: Site_Trend_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visa som tabell`)
};

export const site_unknown_note = /** @type {(inputs: Site_Unknown_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`okänt: sensorn är offline`)
};

export const site_zone_labels = /** @type {(inputs: Site_Zone_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR-etiketter`)
};

export const site_zone_labels_title = /** @type {(inputs: Site_Zone_Labels_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Skriv ut QR-etiketterna för ${i?.zone}`)
};

export const site_zone_unknown = /** @type {(inputs: Site_Zone_UnknownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} okänd`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} okända`);
	return /** @type {LocalizedString} */ ("site_zone_unknown");
};

export const site_zone_with_defects = /** @type {(inputs: Site_Zone_With_DefectsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} med fel`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} med fel`);
	return /** @type {LocalizedString} */ ("site_zone_with_defects");
};

export const site_zones = /** @type {(inputs: Site_ZonesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zoner`)
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

export const work_a_moment = /** @type {(inputs: Work_A_MomentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en stund`)
};

export const work_acknowledge = /** @type {(inputs: Work_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvittera`)
};

export const work_acknowledged = /** @type {(inputs: Work_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvitterat.`)
};

export const work_add_comment = /** @type {(inputs: Work_Add_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lägg till kommentar`)
};

export const work_all_open = /** @type {(inputs: Work_All_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla öppna fel ›`)
};

export const work_assigned_to = /** @type {(inputs: Work_Assigned_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tilldelat ${i?.name}.`)
};

export const work_choose_assignee = /** @type {(inputs: Work_Choose_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj vem som ska göra det.`)
};

export const work_choose_due = /** @type {(inputs: Work_Choose_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj nytt datum och ny tid.`)
};

export const work_comment = /** @type {(inputs: Work_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommentar`)
};

export const work_comment_added = /** @type {(inputs: Work_Comment_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommentar tillagd.`)
};

export const work_comment_first = /** @type {(inputs: Work_Comment_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv kommentaren först.`)
};

export const work_comment_on = /** @type {(inputs: Work_Comment_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kommentar om ${i?.asset}`)
};

export const work_comment_placeholder = /** @type {(inputs: Work_Comment_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vad du såg eller gjorde`)
};

export const work_comment_too_long = /** @type {(inputs: Work_Comment_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En kommentar får ha högst 2 000 tecken.`)
};

export const work_due_in = /** @type {(inputs: Work_Due_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ska vara klart om ${i?.span}`)
};

export const work_mine_heading = /** @type {(inputs: Work_Mine_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldelat mig och mitt team`)
};

export const work_mine_none = /** @type {(inputs: Work_Mine_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inget är tilldelat dig. Ta en nedan.`)
};

export const work_nobody = /** @type {(inputs: Work_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ingen har det`)
};

export const work_note = /** @type {(inputs: Work_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anteckning`)
};

export const work_notices_assigned_team = /** @type {(inputs: Work_Notices_Assigned_TeamInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tilldelat ditt team (${i?.team})`)
};

export const work_notices_assigned_you = /** @type {(inputs: Work_Notices_Assigned_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilldelat dig`)
};

export const work_notices_attention = /** @type {(inputs: Work_Notices_AttentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Behöver uppmärksamhet`)
};

export const work_notices_empty = /** @type {(inputs: Work_Notices_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga aviseringar än. När ett fel tilldelas dig eller eskaleras till dig visas det här.`)
};

export const work_notices_escalated = /** @type {(inputs: Work_Notices_EscalatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eskalerat till dig`)
};

export const work_notices_intro = /** @type {(inputs: Work_Notices_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel som tilldelats dig eller ditt team, eskalerats till dig, eller nya som behöver en chef: nyaste först.`)
};

export const work_notices_mark_read = /** @type {(inputs: Work_Notices_Mark_ReadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Markera som läst`)
};

export const work_notices_none_unread = /** @type {(inputs: Work_Notices_None_UnreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inget oläst.`)
};

export const work_notices_not_personal = /** @type {(inputs: Work_Notices_Not_PersonalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aviseringar är för personer: den här inloggningen har inget eget konto.`)
};

export const work_notices_read_all = /** @type {(inputs: Work_Notices_Read_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Markera alla som lästa`)
};

export const work_notices_tab = /** @type {(inputs: Work_Notices_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Aviseringar`)
};

export const work_notices_title = /** @type {(inputs: Work_Notices_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aviseringar`)
};

export const work_notices_unread = /** @type {(inputs: Work_Notices_UnreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oläst`)
};

export const work_notices_unread_count = /** @type {(inputs: Work_Notices_Unread_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} oläst.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} olästa.`);
	return /** @type {LocalizedString} */ ("work_notices_unread_count");
};

export const work_notices_when_by = /** @type {(inputs: Work_Notices_When_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.when} · av ${i?.by}`)
};

export const work_on_hold_done = /** @type {(inputs: Work_On_Hold_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pausat.`)
};

export const work_on_hold_reason = /** @type {(inputs: Work_On_Hold_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`pausat: ${i?.reason}`)
};

export const work_open = /** @type {(inputs: Work_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppna ›`)
};

export const work_open_heading = /** @type {(inputs: Work_Open_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppna på mina platser`)
};

export const work_open_label = /** @type {(inputs: Work_Open_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Öppna ${i?.fault} på ${i?.asset}: bilder och historik`)
};

export const work_open_none = /** @type {(inputs: Work_Open_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inget annat är öppet. Allt det grundläggande är i ordning.`)
};

export const work_overdue_by = /** @type {(inputs: Work_Overdue_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.span} försenat`)
};

export const work_reopened = /** @type {(inputs: Work_ReopenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppnat igen.`)
};

export const work_resolve_it = /** @type {(inputs: Work_Resolve_ItInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtgärda det`)
};

export const work_resolve_step = /** @type {(inputs: Work_Resolve_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtgärda…`)
};

export const work_resolved = /** @type {(inputs: Work_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtgärdat.`)
};

export const work_say_waiting = /** @type {(inputs: Work_Say_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv vad det väntar på.`)
};

export const work_staff_take_only = /** @type {(inputs: Work_Staff_Take_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personal kan ta ett fel själva; en chef tilldelar det till andra.`)
};

export const work_tab = /** @type {(inputs: Work_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Mitt arbete`)
};

export const work_take = /** @type {(inputs: Work_TakeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jag tar det`)
};

export const work_title = /** @type {(inputs: Work_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mitt arbete`)
};

export const work_unassigned = /** @type {(inputs: Work_UnassignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inte längre tilldelat.`)
};

export const work_undo = /** @type {(inputs: Work_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ångra`)
};

export const work_undone = /** @type {(inputs: Work_UndoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtgärden är ångrad: allt är som förut.`)
};

export const work_view_only = /** @type {(inputs: Work_View_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din roll får bara titta. Fråga en administratör om du behöver agera.`)
};

export const work_which_defect = /** @type {(inputs: Work_Which_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vilket fel? Öppna det från listan och försök igen.`)
};

export const work_yours = /** @type {(inputs: Work_YoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`din`)
};

export const work_yours_now = /** @type {(inputs: Work_Yours_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det är ditt nu.`)
};

export const zone_time = /** @type {(inputs: Zone_TimeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.city}-tid`)
};

export const zone_utc = /** @type {(inputs: Zone_UtcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UTC`)
};