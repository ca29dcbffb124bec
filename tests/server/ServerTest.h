// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "ServerFixture.h"
#include "TestBackend.h"

#include <QObject>
#include <memory>

// The REST server over real HTTP on loopback, on the backend HELPLINE_TEST_DB names. Every
// test function gets a fresh database and server (init); the slots are defined one subject
// per source file.
class ServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // tst_server.cpp
    void initTestCase();
    void init();
    void cleanup();

    // AuthTests.cpp
    void login_validCredentials_returnsTokenAndUser();
    void login_wrongPassword_returns401InvalidCredentials();
    void login_unknownUser_returns401LikeWrongPassword();
    void login_inactiveUser_returns401();
    void login_missingFields_returns422WithFields();
    void login_fiveFailures_thenRateLimitedWith429AndRetryAfter();
    void me_withToken_returnsCaller();
    void me_withoutToken_returns401WithWwwAuthenticate();
    void me_garbageOrWrongSchemeToken_returns401();
    void me_expiredToken_returns401();
    void logout_endsOnlyThisSession();

    // TicketCreateTests.cpp
    void roomStaff_ticketRoutes_return403();
    void createTicket_valid_returns201WithLocationAndEtag();
    void createTicket_priority_followsImpactUrgencyMatrix();
    void createTicket_numbers_useTypePrefixAndId();
    void createTicket_withAssignee_isAssigned();
    void createTicket_assigneeNotAnAnalyst_returns422();
    void createTicket_invalidFields_returns422WithAllFields();
    void createTicket_malformedJson_returns400();
    void createTicket_bodyOverLimit_returns413();
    void createTicket_wrongContentType_returns415();
    void createTicket_writesAuditRow();
    void getTicket_unknownOrNonNumericId_returns404();

    // TicketListTests.cpp
    void listTickets_filters_selectMatchingTickets();
    void listTickets_items_areSummaries();
    void listTickets_badParameters_return400();
    void listTickets_limitBounds_areInclusive();

    // TicketPaginationTests.cpp
    void listTickets_keysetPagination_walksEveryRowOnceInOrder();
    void listTickets_foreignOrGarbageCursor_returns400();

    // ProtocolTests.cpp
    void wrongMethod_returns405WithAllow();
    void unknownRoute_returns404Json();
    void errors_haveOneShapeAndNoInternals();
    void internalError_returns500WithoutSqlText();
    void openApi_documentsEveryRoute();
    void health_returns200WithVersions();

    // StoreTests.cpp
    void migrate_alreadyMigratedDatabase_isNoOp();
    void transaction_nested_joinsOuterAndAbandonedInnerBlocksCommit();
    void demoSeed_fillsOnlyAnEmptyDatabase();

    // TicketPatchTests.cpp
    void patchTicket_withoutIfMatch_returns428();
    void patchTicket_staleIfMatch_returns412WithCurrent();
    void patchTicket_valid_returns200NewVersionAndHistory();
    void patchTicket_illegalTransition_returns422();
    void patchTicket_resolveWithoutResolution_returns422WithFields();
    void patchTicket_readOnlyField_returns422();
    void patchTicket_assigneeNotAnAnalyst_returns422();
    void patchTicket_roomStaff_returns403();
    void patchTicket_unknownTicketOrBadIfMatch_returns404Or400();
    void ticketHistory_unknownTicket_returns404();

    // CommentTests.cpp
    void comments_replyAndNote_areListedInOrderWithAuthor();
    void comments_invalid_returns422WithFields();
    void comments_unknownTicket_returns404AndRoomStaff403();
    void comments_sameIdempotencyKey_addsOnce();

    // AttachmentTests.cpp
    void attachments_upload_listsDescribesAndDownloadsTheSameBytes();
    void attachments_contentType_comesFromTheBytesNotTheClaim();
    void attachments_hostileNames_areStoredSafelyAndServedSanitised();
    void attachments_overTheLimit_returns413AndStoresNothing();
    void attachments_roles_unknownIds_andMissingParts();
    void attachments_sameIdempotencyKey_attachesOnce();
    // MacroTests.cpp
    void macros_seniorCreates_everyAnalystLists();
    void macros_rolesWithoutPermission_get403();
    void macros_invalid_returns422WithFields();
    void macros_patchWithIfMatch_changesAndAudits();
    void macros_delete_removesAndAudits();
    void demoSeed_macrosUseKnownPlaceholdersAndWorkedTicketsHaveTime();

    // TimeEntryTests.cpp
    void timeEntries_logged_areListedWithTotal();
    void timeEntries_invalid_returns422WithFields();
    void timeEntries_rolesAndUnknownTicket();
    void timeEntries_delete_ownOrAdminOnly();
    void timeEntries_sameIdempotencyKey_logsOnce();
    // QueueViewTests.cpp
    void listTickets_multiColumnTextSort_walksEveryRowOnceInOrder();
    void ticketCounts_matchTheListOfEveryView();
    void views_savedPerUser_validatedVersionedAndAudited();
    void bulk_partialFailure_appliesTheRestAndReportsEachTicket();
    void bulk_rolesAndBadInput_areRefusedWhole();
    void bulk_sameIdempotencyKey_appliesOnce();
    void savepoint_rolledBack_keepsTheTransactionAndTheRest();

    // IdempotencyTests.cpp
    void idempotencyKey_repeat_replaysFirstAnswerAndCreatesOnce();
    void idempotencyKey_otherBody_returns422AndCreatesNothing();
    void idempotencyKey_inFlight_returns409();
    void idempotencyKey_abandonedInFlight_runsAgainOnce();
    void idempotencyKey_isPerUser();
    void idempotencyKey_failedRequest_freesKeyForCorrection();
    void idempotencyKey_invalid_returns400();
    void idempotencyKey_absent_eachPostCreates();
    void idempotencyRepository_actsOnlyOnItsOwnClaim();

    // PeopleTests.cpp
    void people_importPreview_listsEveryRowAndWritesNothing();
    void people_import_createsThenUpdatesByEmailWithManagers();
    void people_importWithBadRows_returns422WithPerRowErrorsAndImportsNothing();
    void people_importBadFile_returnsClearErrors();
    void people_roles_analystReadsOnlySeniorImports();
    void people_requesterById_fillsNameAndEmailAndListsTheirTickets();

    // EscalationTests.cpp
    void escalate_toNextTier_recordsPathAndReturnsToQueue();
    void escalate_badInput_returns422AndChangesNothing();
    void priorityOverride_needsReasonAndSticksUntilCleared();
    void measures_firstResponseResolutionAndFirstContactResolution();
    void survey_issuedOnResolve_answeredOnceThroughHtmlForm();
    void survey_expires();
    // LinkTests.cpp
    void links_parentChild_listedFromBothSidesWithStatus();
    void links_cycleOrSecondParent_refused422();
    void links_problemIncident_needsProblemAndIncident();
    void links_related_isSymmetricAndOnce();
    void links_badInput_returns400Or422();
    void links_remove_deletesFromBothSidesWithHistory();
    void links_roles_readForTicketRolesWriteForAnalysts();
    void merge_movesConversationAndClosesDuplicate();
    void merge_twiceSelfFinalOrOtherType_refused422();
    void merge_staleIfMatchOrBadInput_changesNothing();
    // UserTests.cpp
    void users_list_activeUsersByNameWithGroupsNoSecrets();
    void users_list_rolesAndBadInput();
    // WatcherTests.cpp
    void watchers_addListRemove_eachInTheHistory();
    void watchers_writers_followTheTicket();
    void watchers_rolesAndBadInput_refused();
    void watchers_watchingFilter_listsAndCountsTheCallersOwn();
    void ticketCounts_viewsWithoutStatus_countWhatTheQueueShowsFirst();
    void bulk_resolveWithResolutionAndTakeUnassigned();

    // AssetTests.cpp
    void assets_lookup_exactTagOrSerialFirstThenFreeTextPaged();
    void assets_roles_roomStaffReadsOnlyAnalystsWrite();
    void assets_badInput_returns400Or404Or422WithFields();
    void assets_tagClash_anyCase_returns422Taken();
    void assets_patch_ifMatchTransitionsAndHistory();
    void ticketAssets_linkListUnlink_withHistoryOnBoth();
    // CatalogTests.cpp
    void catalog_groups_createRenameRetireAndStaff();
    void catalog_categories_treeOrderRenameAndRetire();
    void catalog_roles_readForTicketRolesChangeForAdmins();
    void catalog_badInput_refusedPerRoute();
    void catalog_tickets_refuseUnknownOrRetiredOnCreatePatchAndBulk();
    void catalog_migration_fillsTheListsFromNamesInUse();

private:
    // AssetTests.cpp: two people and a site with a building and two rooms; an asset POSTed
    // as the analyst (fails the test unless 201).
    struct AssetWorld
    {
        qint64 ann = 0, bob = 0, site = 0, building = 0, atlas = 0, storeroom = 0;
    };
    AssetWorld assetWorld();
    QJsonObject createAsset(const QJsonObject &body);
    Helpline::Test::ServerFixture &fx() { return *m_fixture; }
    // LinkTests.cpp: POST /tickets/{from}/links as the analyst; GET one's links (must be 200).
    Helpline::Test::HttpResponse link(qint64 from, const QString &kind, qint64 to);
    Helpline::Test::HttpResponse links(qint64 ticketId);
    // Installs a clock standing at `start` until cleanup().
    Helpline::ManualClock &installClock(const QDateTime &start);
    QString token(Helpline::Role role); // signs in once per role per test
    // POSTs a ticket as the analyst and returns its JSON; fails the test unless 201.
    QJsonObject createTicket(const QJsonObject &body);

    Helpline::Test::TestBackend m_backend;
    std::unique_ptr<Helpline::ManualClock> m_clock;
    std::unique_ptr<Helpline::Test::ServerFixture> m_fixture;
    QHash<Helpline::Role, QString> m_tokens;
};
