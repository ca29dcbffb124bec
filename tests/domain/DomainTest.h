// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// The domain rules, one source file per subject; the slots are defined in those files.
class DomainTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // PriorityTests.cpp
    void priorityMatrix_defaultCell_isItilPriority_data();
    void priorityMatrix_defaultCell_isItilPriority();
    void priorityMatrix_customCells_areUsed();
    void priorityMatrix_validLevel_acceptsOneToThreeOnly();
    void priorityFromNumber_acceptsOneToFourOnly_data();
    void priorityFromNumber_acceptsOneToFourOnly();
    void priorityLabel_isPAndNumber();

    // RoleTests.cpp
    void roleName_roundTrips_data();
    void roleName_roundTrips();
    void roleFromName_unknownOrMiscased_isRejected();
    void roleHas_grantsTicketsToTicketRolesOnly_data();
    void roleHas_grantsTicketsToTicketRolesOnly();
    void roleHas_peoplePermissions_data();
    void roleHas_peoplePermissions();

    // TicketEnumTests.cpp
    void ticketTypeName_roundTrips_data();
    void ticketTypeName_roundTrips();
    void ticketTypeFromName_unknown_isRejected();
    void ticketStatusName_roundTrips_data();
    void ticketStatusName_roundTrips();
    void ticketStatusFromName_unknown_isRejected();

    // TicketJsonTests.cpp
    void numberFor_isPrefixAndZeroPaddedId_data();
    void numberFor_isPrefixAndZeroPaddedId();
    void wireTime_isUtcWithMilliseconds();
    void ticketJson_full_roundTrips();
    void ticketJson_withoutAssignee_roundTripsAsNull();
    void ticketJson_summary_omitsDescription();
    void ticketFromJson_missingRequiredField_isRejected_data();
    void ticketFromJson_missingRequiredField_isRejected();
    void userJson_roundTrips();

    // JsonTextWriterTests.cpp
    void jsonTextWriter_ticketsSayWhatToJsonSays_data();
    void jsonTextWriter_ticketsSayWhatToJsonSays();
    void jsonTextWriter_nestsArraysAndEscapesControls();
    void wireTime_handWrittenMatchesQt_data();
    void wireTime_handWrittenMatchesQt();

    // TicketValidationTests.cpp
    void parseNewTicket_minimal_isValidWithDefaults();
    void parseNewTicket_allFields_areRead();
    void parseNewTicket_tierChannelSubcategoryAndPerson_areRead();
    void parseNewTicket_requesterPersonId_needsNoName();
    void parseNewTicket_nullAssignee_meansUnassigned();
    void parseNewTicket_limits_areInclusive();
    void parseNewTicket_invalidField_isReported_data();
    void parseNewTicket_invalidField_isReported();
    void parseNewTicket_everyInvalidField_isReportedAtOnce();
    void looksLikeEmail_data();
    void looksLikeEmail();

    // WorkflowTests.cpp
    void workflow_everyTransition_isAllowedOnlyIfListed_data();
    void workflow_everyTransition_isAllowedOnlyIfListed();
    void workflow_requirements_namePendingReasonResolutionAndAssignee();
    void patch_readOnlyAndUnknownFields_areRefused();
    void patch_assigningNewTicket_makesItAssigned();
    void patch_resolve_needsCodeAndNotes();
    void patch_reopen_isCountedAndDropsResolution();
    void patch_leavingPending_dropsReason();
    void patch_finalTicket_isRefused();
    void patch_impactUrgency_recomputePriority();
    void patch_requester_personIdNeedsNoName();

    // LinkRuleTests.cpp
    void linkKind_isSeenFromEachSide();
    void linkRules_parentChild_refusesLoopsSecondParentAndSelf();
    void linkRules_problemIncident_needsOneOfEach();
    void linkRules_relatedOnceAndDuplicateOnlyByMerge();
    void mergeRules_refuseSelfFinalMergedAndOtherType();
    void mergeRules_duplicateIsClosedWhatTheWorkflowRequires();
    void linkedTicketJson_roundTrips();
    // QueueViewTests.cpp
    void savedView_builtIns_haveKeysAndRoundTrip();
    void readSavedView_checksShapeAndKeepsWhatAPatchLeavesOut();
    void bulkChange_parse_acceptsIdsChangesAndNote();
    void bulkChange_parse_refusesBadShapes_data();
    void bulkChange_parse_refusesBadShapes();

    // ClockTests.cpp
    void manualClock_standsStillUntilMoved();
    void clockInstall_replacesAndRestoresSystemClock();

    // CsvReaderTests.cpp
    void csvReader_delimiter_isGuessedFromHeader_data();
    void csvReader_delimiter_isGuessedFromHeader();
    void csvReader_text_givesRecordsWithTheirLines_data();
    void csvReader_text_givesRecordsWithTheirLines();
    void csvReader_malformedQuote_isReportedWithItsLine_data();
    void csvReader_malformedQuote_isReportedWithItsLine();

    // PeopleImportTests.cpp
    void peopleImport_headerAliases_areFoundInAnyOrderAndCase_data();
    void peopleImport_headerAliases_areFoundInAnyOrderAndCase();
    void peopleImport_emails_areNormalisedToLowerCase();
    void peopleImport_rowError_isReported_data();
    void peopleImport_rowError_isReported();
    void peopleImport_rowLines_countFromTheHeader();
    void peopleImport_updatesExisting_comesFromTheDirectory();
    void peopleImport_fileError_stopsTheImport_data();
    void peopleImport_fileError_stopsTheImport();
    void peopleImport_tooManyRows_isAFileError();
    void peopleImport_validity_countsInvalidRowsAndUpdates();
    void peopleImport_toJson_isThePreview();

    // EscalationTests.cpp
    void escalationNextTier_goesUpToL3();
    void escalationParse_withoutTarget_goesToNextTier();
    void escalationParse_targetAndNote_areRead();
    void escalationParse_invalidBody_isReported_data();
    void escalationParse_invalidBody_isReported();
    void escalationApply_openTicket_waitsNewInTheNextQueue_data();
    void escalationApply_openTicket_waitsNewInTheNextQueue();
    void escalationApply_groupAndTier_changeAsAsked();
    void escalationApply_refused_data();
    void escalationApply_refused();
    void escalationParseThenApply_atL3_acrossGroupsOnly();
    void escalationStep_json_roundTrips();

    // TicketMeasuresTests.cpp
    void firstContactResolution_data();
    void firstContactResolution();
    void patch_measureFields_areReadOnly_data();
    void patch_measureFields_areReadOnly();
    void patch_assigneeChanges_countReassignmentsAndKeepFirstAssignee();
    void patch_resolving_stampsResolvedAtFromTheClock();

    // PriorityOverrideTests.cpp
    void readPriorityOverride_data();
    void readPriorityOverride();
    void readPriorityOverride_reasonAloneOnAnOverride_changesTheReason();
    void patch_priorityOverride_needsAReasonAndSticks();
    void patch_priorityNull_goesBackToTheMatrix();

    // SatisfactionSurveyTests.cpp
    void parseSurveyAnswer_data();
    void parseSurveyAnswer();
    void surveyState_followsAnswerAndExpiry_data();
    void surveyState_followsAnswerAndExpiry();
    void surveyToJson_showsStateScoreAndCommentButNoToken();
    // MacroTests.cpp
    void macroExpansion_documentedPlaceholders_areFilled_data();
    void macroExpansion_documentedPlaceholders_areFilled();
    void macroExpansion_everyDocumentedPlaceholder_isKnown();
    void macroExpansion_unknownPlaceholder_isKeptAndReported();
    void macroExpansion_bracesWithoutDottedName_arePlainText();
    void macroExpansion_emptyValues_areEmptyNotUnknown();
    void macroExpansion_firstName_handlesCommaAndSingleWord();
    void parseMacro_valid_isReadWithChanges();
    void parseMacro_invalid_reportsEveryField();
    void parseMacro_patch_changesOnlyNamedFields();
    void macroJson_roundTrips();
    void roleHas_manageMacros_isSeniorAndAdminOnly();

    // TimeEntryTests.cpp
    void parseNewTimeEntry_valid_isRead();
    void parseNewTimeEntry_invalid_isReported_data();
    void parseNewTimeEntry_invalid_isReported();
    void timeEntryJson_roundTrips();
    void workedTimeMeter_countsFocusedActiveTimeOnly();
    void workedTimeMeter_keepsTicketsApartAndResets();

    // AssetRuleTests.cpp
    void assetLifecycle_everyMove_data();
    void assetLifecycle_everyMove();
    void parseNewAsset_defaultsAndHolderRules();
    void parseNewAsset_invalidFields_areAllReported();
    void applyAssetPatch_personDecidesStatusUnlessGiven();
    void assetJson_roundTrips();
    void parseNewLocation_treeRules();
    void roleHas_assetPermissions();
    // CatalogTests.cpp
    void ticketClassification_newValues_data();
    void ticketClassification_newValues();
    void ticketClassification_keptRetiredValues_stayAccepted();
    void catalogEntryChange_parse_data();
    void catalogEntryChange_parse();
    void catalogJson_roundTrips();
    void roleHas_manageCatalog_isAdminOnly();
};
