// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleImportDialog.h"

#include "ApiClient.h"
#include "DisplayText.h"
#include "PeopleImportPreviewModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

PeopleImportDialog::PeopleImportDialog(ApiClient &api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_model(new PeopleImportPreviewModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_choose(new QPushButton(tr("Choose &file…")))
    , m_file(new QLabel)
    , m_summary(new QLabel)
    , m_fileProblem(new QLabel)
    , m_errorsOnly(new QCheckBox(tr("Show only rows with &errors")))
    , m_view(new QTableView)
    , m_rowProblem(new QLabel)
    , m_busyRow(new QWidget)
    , m_busyText(new QLabel)
    , m_busy(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel upload")))
    , m_import(new QPushButton(tr("&Import")))
    , m_close(new QPushButton(tr("Close")))
{
    setObjectName(u"peopleImportDialog"_s);
    setWindowTitle(tr("Import people"));
    m_choose->setObjectName(u"chooseFileButton"_s);
    m_file->setObjectName(u"importFileName"_s);
    m_summary->setObjectName(u"importSummary"_s);
    m_fileProblem->setObjectName(u"importFileProblem"_s);
    m_errorsOnly->setObjectName(u"errorsOnlyCheck"_s);
    m_view->setObjectName(u"importPreviewView"_s);
    m_rowProblem->setObjectName(u"importRowProblem"_s);
    m_busy->setObjectName(u"importBusy"_s);
    m_cancel->setObjectName(u"cancelUploadButton"_s);
    m_import->setObjectName(u"importButton"_s);

    auto *intro = new QLabel(tr("Choose the HR export as a CSV file. Its first row names the columns: name (or "
                                "first name and last name), email, department, location, manager email. People "
                                "are matched by email: a known address updates that person, a new one adds a "
                                "person. Nothing is imported while any row has an error."));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    for (QLabel *label : {m_file, m_summary, m_fileProblem, m_busyText, m_rowProblem}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_file->setText(tr("No file chosen."));
    QPalette problemPalette = m_fileProblem->palette();
    problemPalette.setColor(QPalette::WindowText, PeopleImportPreviewModel::errorColor());
    m_fileProblem->setPalette(problemPalette);
    m_fileProblem->hide();
    m_rowProblem->setPalette(problemPalette);
    m_rowProblem->hide();
    m_errorsOnly->setEnabled(false);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(PeopleImportPreviewModel::HasErrorsRole);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PeopleImportPreviewModel::Line, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const std::pair<PeopleImportPreviewModel::Column, QString> samples[] = {
        {PeopleImportPreviewModel::Line, u"00000"_s},
        {PeopleImportPreviewModel::Name, u"Hannah Becker-Schmidt"_s},
        {PeopleImportPreviewModel::Email, u"hannah.becker@example.org"_s},
        {PeopleImportPreviewModel::Department, u"Finance and Controlling"_s},
        {PeopleImportPreviewModel::Location, u"Hamburg / Room 12"_s},
        {PeopleImportPreviewModel::ManagerEmail, u"oliver.schmidt@example.org"_s},
        {PeopleImportPreviewModel::Action, tr("Update")},
    };
    for (const auto &[column, sample] : samples)
        m_view->setColumnWidth(column, m_view->fontMetrics().horizontalAdvance(sample) + 16);

    m_busy->setRange(0, 0); // the upload's size is known, the server's checking time is not
    m_busy->setTextVisible(false);
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyText);
    busyLayout->addWidget(m_busy, 1);
    busyLayout->addWidget(m_cancel);
    m_busyRow->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_file, 1);

    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_errorsOnly);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_import->setAutoDefault(false);
    m_close->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileProblem);
    layout->addLayout(summaryRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_rowProblem);
    layout->addWidget(m_busyRow);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &PeopleImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &PeopleImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, &PeopleImportDialog::cancelUpload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeopleImportDialog::showRowProblem);
    connect(m_errorsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFilterFixedString(on ? u"true"_s : QString());
    });
    updateButtons();
    resize(1200, 680);
}

void PeopleImportDialog::chooseFile()
{
    const QString start = m_fileName.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                               : QFileInfo(m_fileName).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the people file"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void PeopleImportDialog::loadFile(const QString &path)
{
    if (m_call) {
        m_call->cancel();
        setIdle();
    }
    m_model->clear();
    m_csv.clear();
    m_previewValid = false;
    m_importDone = false;
    m_summary->clear();
    m_fileProblem->hide();
    m_fileName = path;
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(QDir::toNativeSeparators(path));

    QFile file(path);
    if (file.size() > maxFileBytes) {
        showFileProblem(tr("The file is larger than %1; split it into smaller files.")
                            .arg(QLocale().formattedDataSize(maxFileBytes)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showFileProblem(tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    m_csv = file.readAll();
    upload(true);
}

void PeopleImportDialog::startImport()
{
    if (m_previewValid && !m_importDone && !isBusy())
        upload(false);
}

void PeopleImportDialog::upload(bool dryRun)
{
    QUrlQuery query;
    if (dryRun)
        query.addQueryItem(u"dry_run"_s, u"true"_s);
    const QString name = QFileInfo(m_fileName).fileName();
    m_importing = !dryRun;
    ApiCall *call = m_api.postData(u"/people/import"_s, query, m_csv, u"text/csv; charset=utf-8"_s);
    m_call = call;
    setBusy(dryRun ? tr("Checking %1 (%2)…").arg(name, QLocale().formattedDataSize(m_csv.size()))
                   : tr("Importing %1…").arg(name));
    call->then(
        this,
        [this, dryRun](const QJsonObject &json, int) {
            setIdle();
            if (dryRun) {
                showPreview(json);
                return;
            }
            const int created = json.value(u"created"_s).toInt();
            const int updated = json.value(u"updated"_s).toInt();
            m_importDone = true;
            m_summary->setText(tr("Imported: %1, %2.")
                                   .arg(tr("%n new", "", created), tr("%n updated", "", updated)));
            updateButtons();
            Q_EMIT imported(created, updated);
        },
        [this, dryRun](const ApiFailure &failure) { onFailed(dryRun, failure); });
}

void PeopleImportDialog::showPreview(const QJsonObject &preview)
{
    m_model->setPreview(preview);
    m_previewValid = preview.value(u"valid"_s).toBool();
    const QString fileError = preview.value(u"file_error"_s).toString();
    const int rows = preview.value(u"row_count"_s).toInt();
    const int invalid = preview.value(u"invalid_count"_s).toInt();
    if (!fileError.isEmpty()) {
        m_summary->clear();
        showFileProblem(DisplayText::importFileErrorText(fileError));
    } else if (rows == 0) {
        m_summary->clear();
        showFileProblem(tr("The file has a header row but no people under it."));
    } else {
        m_fileProblem->hide();
        QString text = tr("%1: %2, %3, %4.")
                           .arg(tr("%n row(s)", "", rows), tr("%n new", "", preview.value(u"create_count"_s).toInt()),
                                tr("%n update(s)", "", preview.value(u"update_count"_s).toInt()),
                                tr("%n with errors", "", invalid));
        if (invalid > 0)
            text += u' ' + tr("Fix the marked cells in the file and choose it again.");
        else
            text += u' ' + tr("Ready to import.");
        m_summary->setText(text);
    }
    m_view->setColumnHidden(PeopleImportPreviewModel::Problems, invalid == 0);
    m_errorsOnly->setEnabled(invalid > 0);
    if (invalid == 0)
        m_errorsOnly->setChecked(false);
    // The first bad row is where the fixing starts.
    showRowProblem({});
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, PeopleImportPreviewModel::Name);
        if (index.data(PeopleImportPreviewModel::HasErrorsRole).toBool()) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            break;
        }
    }
    updateButtons();
    Q_EMIT previewShown(m_previewValid);
}

void PeopleImportDialog::onFailed(bool dryRun, const ApiFailure &failure)
{
    setIdle();
    // An import of a file that turned out bad answers with its preview: show what is wrong.
    const QJsonObject preview = failure.body.value(u"preview"_s).toObject();
    if (failure.httpStatus == 422 && !preview.isEmpty()) {
        showPreview(preview);
        if (!dryRun)
            m_summary->setText(tr("Nothing was imported: %1").arg(m_summary->text()));
        Q_EMIT uploadFailed(failure.message);
        return;
    }
    if (const QString file = failure.fields.value(u"file"_s); failure.httpStatus == 422 && !file.isEmpty())
        showFileProblem(DisplayText::importFileErrorText(file));
    else
        showFileProblem(dryRun ? tr("The file could not be checked: %1").arg(failure.message)
                               : tr("Nothing was imported: %1").arg(failure.message));
    m_previewValid = m_previewValid && !dryRun;
    updateButtons();
    Q_EMIT uploadFailed(failure.message);
}

void PeopleImportDialog::cancelUpload()
{
    if (!m_call)
        return;
    const bool wasImport = m_importing;
    m_call->cancel();
    setIdle();
    if (wasImport) {
        showFileProblem(tr("Import cancelled. If the server had already received the whole file it may have "
                           "imported it; choose the file again to see its state."));
        m_previewValid = false;
    } else {
        showFileProblem(tr("Check cancelled; nothing was imported."));
    }
    updateButtons();
}

void PeopleImportDialog::showRowProblem(const QModelIndex &current)
{
    const QString problems = current.siblingAtColumn(PeopleImportPreviewModel::Problems).data().toString();
    if (problems.isEmpty()) {
        m_rowProblem->hide();
        return;
    }
    m_rowProblem->setText(tr("Line %1: %2")
                              .arg(current.siblingAtColumn(PeopleImportPreviewModel::Line).data().toInt())
                              .arg(problems));
    m_rowProblem->show();
}

void PeopleImportDialog::setBusy(const QString &text)
{
    m_busyText->setText(text);
    m_busyRow->show();
    m_cancel->setFocus();
    updateButtons();
}

void PeopleImportDialog::setIdle()
{
    m_call.clear(); // it reports once and then goes
    m_importing = false;
    m_busyRow->hide();
    updateButtons();
}

void PeopleImportDialog::showFileProblem(const QString &text)
{
    m_fileProblem->setText(text);
    m_fileProblem->show();
    updateButtons();
}

void PeopleImportDialog::updateButtons()
{
    const bool busy = isBusy();
    m_choose->setEnabled(!busy);
    m_import->setEnabled(!busy && m_previewValid && !m_importDone);
}

} // namespace Helpline
