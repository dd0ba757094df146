#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;

namespace pms {

class SqlTableModel;

/// The fields of the selected work order (read only), its sync state and failure in words, its
/// attachments (uploaded or waiting) and its history: what was pushed when, what the PMS answered.
class WorkOrderDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit WorkOrderDetailPane(QWidget *parent = nullptr);

    /// @p values is one row of @p model (id first).
    void showRow(const SqlTableModel *model, const QVariantList &values, const QString &dbPath);
    void clear();
    /// Reads the attachments and the history again (after a change or a push).
    void reload();
    /// Human words for a history entry's kind (created, pushed, pms_answer ...).
    static QString eventKindLabel(const QString &kind);
    qint64 workOrderId() const { return m_id; }

private:
    QLabel *addField(const QString &key, const QString &title);
    void loadHistory();

    qint64 m_id = -1;
    QLabel *m_title;
    QLabel *m_placeholder;
    QWidget *m_body;
    QLabel *m_stateIcon;
    QLabel *m_stateText;
    QLabel *m_error;
    QLabel *m_unlinked;
    QLabel *m_description;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_fields;
    QListWidget *m_events;
    QLabel *m_attachmentsTitle;
    QListWidget *m_attachments;
    QString m_dbPath;
};

} // namespace pms
