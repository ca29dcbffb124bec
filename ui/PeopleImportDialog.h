// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Helpline {

class ApiCall;
class ApiClient;
class PeopleImportPreviewModel;
struct ApiFailure;

// Brings the HR export into the people directory: the chosen CSV file is first checked by the
// server (a dry run) and shown row by row with every bad cell marked; only a file without
// errors can be imported, and exactly those bytes are sent. Uploads can be cancelled.
class PeopleImportDialog : public QDialog
{
    Q_OBJECT
public:
    // The server takes at most this much (16 MiB); larger files are refused before uploading.
    static constexpr qsizetype maxFileBytes = 16 * 1024 * 1024;

    PeopleImportDialog(ApiClient &api, QWidget *parent = nullptr);

    // Reads the file and asks the server for its preview. The file dialog ends here; tests
    // start here.
    void loadFile(const QString &path);
    void startImport();
    void cancelUpload();
    bool isBusy() const { return !m_call.isNull(); }
    PeopleImportPreviewModel *model() const { return m_model; }

Q_SIGNALS:
    void previewShown(bool valid);
    void imported(int created, int updated);
    void uploadFailed(const QString &message);

private:
    void chooseFile();
    void upload(bool dryRun);
    void showPreview(const QJsonObject &preview);
    void onFailed(bool dryRun, const ApiFailure &failure);
    void setBusy(const QString &text);
    void setIdle();
    void showFileProblem(const QString &text);
    void updateButtons();
    void showRowProblem(const QModelIndex &current);

    ApiClient &m_api;
    PeopleImportPreviewModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_choose;
    QLabel *m_file;
    QLabel *m_summary;
    QLabel *m_fileProblem;
    QCheckBox *m_errorsOnly;
    QTableView *m_view;
    QLabel *m_rowProblem; // what is wrong with the current row, for the keyboard
    QWidget *m_busyRow;
    QLabel *m_busyText;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QPushButton *m_import;
    QPushButton *m_close;
    QString m_fileName;
    QByteArray m_csv;
    bool m_previewValid = false;
    bool m_importDone = false;
    bool m_importing = false; // the upload in flight writes (not a dry run)
    QPointer<ApiCall> m_call;
};

} // namespace Helpline
